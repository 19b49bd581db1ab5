// The keyboard shortcut "toggle-highlights" (manifest commands) reaches the content script of the tab it was pressed in.
import { beforeEach, expect, test, vi } from 'vitest';
import { contentRequestSchema } from '../../lib/messages';

const api = vi.hoisted(() => ({
  listeners: [] as ((command: string, tab?: { id?: number }) => void)[],
  query: vi.fn(),
  sendMessage: vi.fn(),
}));
vi.mock('wxt/browser', () => ({
  browser: {
    commands: { onCommand: { addListener: (listener: (typeof api.listeners)[number]) => api.listeners.push(listener) } },
    tabs: { query: api.query, sendMessage: api.sendMessage },
  },
}));

const { registerCommands, runCommand } = await import('../../lib/background/commands');

beforeEach(() => {
  api.listeners.length = 0;
  api.query.mockReset().mockResolvedValue([{ id: 42 }]);
  api.sendMessage.mockReset().mockResolvedValue({ ok: true });
});

test('registerCommands listens for shortcuts, and toggle-highlights messages the tab it came from', async () => {
  registerCommands();
  expect(api.listeners).toHaveLength(1);
  api.listeners[0]('toggle-highlights', { id: 7 });
  await vi.waitFor(() => expect(api.sendMessage).toHaveBeenCalledTimes(1));
  const [tabId, message] = api.sendMessage.mock.calls[0];
  expect(tabId).toBe(7);
  expect(contentRequestSchema.parse(message)).toEqual({ type: 'toggle-highlights' });
  expect(api.query).not.toHaveBeenCalled();
});

test('without a tab from the browser it uses the active tab', async () => {
  await runCommand('toggle-highlights', undefined);
  expect(api.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  // the top frame answers for the page (content scripts run in every frame)
  expect(api.sendMessage).toHaveBeenCalledWith(42, { type: 'toggle-highlights' }, { frameId: 0 });
});

test('a tab without a content script is not an error', async () => {
  api.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  await expect(runCommand('toggle-highlights', { id: 3 } as never)).resolves.toBeUndefined();
});

test('other commands send nothing (_execute_action is the browser opening the popup)', async () => {
  await runCommand('_execute_action', { id: 3 } as never);
  await runCommand('something-else', { id: 3 } as never);
  expect(api.sendMessage).not.toHaveBeenCalled();
});
