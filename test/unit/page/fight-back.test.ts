import { describe, expect, test } from 'vitest';
import { PassLimiter, UndoCounter } from '../../../lib/page/fight-back';

describe('UndoCounter', () => {
  test('two undos within five seconds make the page one that fights back; two far apart do not', () => {
    const far = new UndoCounter();
    expect(far.undone(0)).toBe(false);
    expect(far.undone(6000)).toBe(false);
    const near = new UndoCounter();
    expect(near.undone(0)).toBe(false);
    expect(near.undone(1200)).toBe(true);
  });
});

describe('PassLimiter', () => {
  test('three passes run at once; the fourth waits until the first is ten seconds old', () => {
    const limiter = new PassLimiter();
    for (const t of [0, 100, 200]) {
      expect(limiter.wait(t)).toBe(0);
      limiter.record(t);
    }
    expect(limiter.wait(300)).toBe(9700);
    expect(limiter.wait(10_000)).toBe(0);
  });
});
