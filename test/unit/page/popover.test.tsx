// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, expect, test, vi } from 'vitest';
import { Popover } from '../../../components/page/Popover';
import { spanDetail, type PopoverState } from '../../../lib/page/ui-state';

const base: PopoverState = {
  task: 3,
  kind: 'deadline',
  text: '6月底前',
  detail: 'page_due_on',
  sentence: '县发改委要在6月底前完成项目申报。',
  rect: { top: 10, left: 10, bottom: 30, right: 80 },
  clip: 'idle',
};

afterEach(() => render(null, document.body));

function show(state: PopoverState, onClip = vi.fn()) {
  render(<Popover popover={state} onClip={onClip} onClose={vi.fn()} onTabOut={vi.fn()} onHover={vi.fn()} />, document.body);
  return document.body.querySelector<HTMLButtonElement>('[data-luoshi-action="clip"]')!;
}

test('shows the kind, the sentence and a clip button that calls back', () => {
  const onClip = vi.fn();
  const button = show(base, onClip);
  expect(document.body.textContent).toContain('县发改委要在6月底前完成项目申报。');
  expect(button.getAttribute('aria-disabled')).toBe('false');
  button.click();
  expect(onClip).toHaveBeenCalledOnce();
});

test('a failed clip shows the reason as an alert, and the button stays usable to retry', () => {
  const button = show({ ...base, clip: 'error', error: 'Receiving end does not exist' });
  const alert = document.body.querySelector('[role="alert"]');
  expect(alert).not.toBeNull();
  expect(button.getAttribute('aria-disabled')).toBe('false');
});

test('a clipped sentence shows a pressed button that does nothing, yet keeps keyboard focus', () => {
  const onClip = vi.fn();
  const button = show({ ...base, clip: 'done' }, onClip);
  expect(button.getAttribute('aria-disabled')).toBe('true');
  expect(button.getAttribute('aria-pressed')).toBe('true');
  button.focus();
  button.click();
  expect(onClip).not.toHaveBeenCalled();
  expect(button.disabled).toBe(false); // a disabled button would lose focus
});

// t() gives the key here (no extension), so the key chosen is what is checked
test('the detail line: a deadline\'s date, what kind of time it is without one, nothing for other kinds', () => {
  expect(spanDetail({ type: 'deadline', kind: 'date', due: '2026-06-30' })).toBe('page_due_on');
  expect(spanDetail({ type: 'deadline', kind: 'start', due: '2026-07-01' })).toBe('page_starts_on');
  expect(spanDetail({ type: 'deadline', kind: 'date' })).toBe('page_deadline_date'); // 汛期前: no calendar date
  expect(spanDetail({ type: 'deadline', kind: 'ongoing' })).toBe('page_deadline_ongoing');
  expect(spanDetail({ type: 'unit' })).toBeUndefined();
});
