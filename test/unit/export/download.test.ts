// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { downloadText } from '../../../lib/export/download';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('saves through a temporary <a download> over an object URL, revoked afterwards', async () => {
  vi.useFakeTimers();
  const blobs: Blob[] = [];
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:luoshi/1';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const clicked: Array<{ href: string; download: string; inDocument: boolean }> = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
  });

  downloadText('落实任务_2025-01-02.csv', '\uFEFF序号\r\n', 'text/csv;charset=utf-8');

  expect(create).toHaveBeenCalledTimes(1);
  expect(clicked).toEqual([{ href: 'blob:luoshi/1', download: '落实任务_2025-01-02.csv', inDocument: true }]);
  expect(document.querySelector('a[download]')).toBeNull(); // the link is gone again
  expect(blobs[0].type).toBe('text/csv;charset=utf-8');
  expect([...new Uint8Array(await blobs[0].arrayBuffer())].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  expect(revoke).not.toHaveBeenCalled(); // revoking at once can cancel the download
  vi.runAllTimers();
  expect(revoke).toHaveBeenCalledWith('blob:luoshi/1');
});
