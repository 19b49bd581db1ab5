// @vitest-environment happy-dom
// The addition watcher: added content is always reported; elements revealed by attribute changes only while asked.
import { afterEach, expect, test } from 'vitest';
import { watchAdditions, type AdditionWatcher } from '../../../lib/page/observer';

let watcher: AdditionWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  document.body.replaceChildren();
});

function watch(): Element[][] {
  const reports: Element[][] = [];
  watcher = watchAdditions(document.body, { isOwn: () => false, onAdded: (roots) => reports.push(roots), delayMs: 5 });
  return reports;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

test('added content is reported as outermost roots; attribute changes are not, until reveals are watched', async () => {
  const hidden = document.createElement('div');
  hidden.hidden = true;
  document.body.append(hidden);
  const reports = watch();

  const section = document.createElement('section');
  section.innerHTML = '<p>一</p><p>二</p>';
  document.body.append(section);
  await settle();
  expect(reports).toEqual([[section]]);

  hidden.hidden = false;
  await settle();
  expect(reports).toHaveLength(1);

  watcher!.watchReveals(true);
  hidden.hidden = true;
  hidden.hidden = false;
  await settle();
  expect(reports).toEqual([[section], [hidden]]);

  watcher!.watchReveals(false);
  hidden.className = 'open';
  await settle();
  expect(reports).toHaveLength(2);
});

test('our own writes are not reported', async () => {
  const reports = watch();
  watcher!.own(() => document.body.append(document.createElement('mark')));
  await settle();
  expect(reports).toEqual([]);
});
