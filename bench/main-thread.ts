// What a page's main thread did, read from a Chromium trace of the page (CDP Tracing): the script it ran and its
// longest task, in thread CPU time (the trace's tdur) as well as wall time. Thread time is what the work costs;
// the wall time of the same task also holds the time the thread waited for a core, which on a shared machine
// (this one has two, and other jobs) can be several times more (a 14.5 ms timer task that ran for 2.9 ms).
// Script counts content scripts too; Chromium's ScriptDuration metric, used before, missed most of their work (it
// reported 36 ms on the ten-times page, where this trace shows 100-200 ms of script). Script the page itself runs is
// counted as well; the bench's pages run next to none (one assignment).
import type { CDPSession, Page } from 'playwright-core';

/** Trace events that are script running on the thread (devtools.timeline, v8 and toplevel categories). */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'RunMicrotasks',
  'FireAnimationFrame',
  'v8.callFunction',
  'v8.run',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.newInstance',
  // promise continuations (an async function after its first await) run in microtask checkpoints, which carry no
  // script event of their own in current Chromium
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);

interface TraceEvent {
  name: string;
  ph: string;
  /** start and wall duration, µs */
  ts: number;
  dur?: number;
  /** thread CPU time, µs */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { beginData?: { url?: string }; data?: { url?: string } };
}

export interface ThreadTrace {
  /**
   * Script on the page's main thread overlapping [from, until] (ms since the page's time origin, as
   * performance.now() gives them): the outermost script events, each counted whole. cpu: thread time; wall.
   */
  script(from: number, until: number): { cpuMs: number; wallMs: number };
  /** The longest task on the page's main thread overlapping [from, until]: its thread time and its wall time, ms. */
  longestTask(from: number, until: number): { cpuMs: number; wallMs: number };
}

export interface Tracing {
  /**
   * Waits until the expression is true in the page, asking over CDP every 100 ms: Playwright's waitForFunction
   * would run its injected script on the page's main thread (about 10 ms of script) inside the window measured.
   */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** The expression's value, evaluated by V8 in the page's main world over CDP. */
  evaluate<T>(expression: string): Promise<T>;
  /** Ends the trace and reads it. */
  finish(): Promise<ThreadTrace>;
}

/** Starts tracing the page (call before navigating). */
export async function traceThread(page: Page): Promise<Tracing> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,toplevel,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
    return result.value as T;
  };
  const waitFor = async (expression: string, timeoutMs = 60_000): Promise<void> => {
    const until = Date.now() + timeoutMs;
    while (!(await evaluate<boolean>(expression).catch(() => false))) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const finish = async (): Promise<ThreadTrace> => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    const url = page.url();
    const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
    if (!parse) throw new Error(`no ParseHTML of ${url} in the trace`);
    // the page's time origin on the trace clock: its navigationStart mark
    const nav = events.filter((e) => e.name === 'navigationStart' && e.pid === parse.pid && e.ts <= parse.ts).at(-1);
    if (!nav) throw new Error('no navigationStart in the trace');
    const main = events
      .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const at = (ms: number) => nav.ts + ms * 1000;
    const overlapping = (list: TraceEvent[], from: number, until: number) =>
      list.filter((e) => e.ts < at(until) && e.ts + (e.dur ?? 0) > at(from));
    // outermost script events: those not inside the one before them. The bench's own CDP evaluations (an
    // EvaluateScript without a URL: pages' and extensions' scripts have one) are left out with all they hold.
    const outermost: TraceEvent[] = [];
    for (const e of main) {
      if (!SCRIPT_EVENTS.has(e.name)) continue;
      const outer = outermost.at(-1);
      if (outer && e.ts < outer.ts + (outer.dur ?? 0)) continue;
      outermost.push(e);
    }
    const script = outermost.filter((e) => !(e.name === 'EvaluateScript' && !e.args?.data?.url));
    const tasks = main.filter((e) => e.name === 'RunTask');
    const ms = (us: number) => us / 1000;
    return {
      script(from, until) {
        const list = overlapping(script, from, until);
        return {
          cpuMs: ms(list.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0)),
          wallMs: ms(list.reduce((sum, e) => sum + (e.dur ?? 0), 0)),
        };
      },
      longestTask(from, until) {
        const list = overlapping(tasks, from, until);
        return {
          cpuMs: ms(Math.max(0, ...list.map((e) => e.tdur ?? e.dur ?? 0))),
          wallMs: ms(Math.max(0, ...list.map((e) => e.dur ?? 0))),
        };
      },
    };
  };
  return { waitFor, evaluate, finish };
}
