// Which page the popup acts on: the tab named in popup.html?tab=<id>, else the active tab.
import { expect, test, vi } from 'vitest';

const query = vi.hoisted(() => vi.fn(async () => [{ id: 7 }]));
vi.mock('wxt/browser', () => ({ browser: { tabs: { query } } }));
const { isOpenedInTab, resolveTargetTab } = await import('../../../components/popup/page-actions');

test('popup.html?tab=… is the popup opened in a tab; the toolbar popup has no such parameter', () => {
  expect(isOpenedInTab('?tab=12')).toBe(true);
  expect(isOpenedInTab('?tab=restore')).toBe(true);
  expect(isOpenedInTab('')).toBe(false);
  expect(isOpenedInTab('?tabs=1')).toBe(false);
});

test('the tab given by id wins; otherwise the active tab of the current window', async () => {
  expect(await resolveTargetTab('?tab=12')).toBe(12);
  expect(query).not.toHaveBeenCalled();
  expect(await resolveTargetTab('')).toBe(7);
  expect(await resolveTargetTab('?tab=restore')).toBe(7);
  expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
});
