// Watches the page for content that appears later (added nodes, and while asked to, elements un-hidden by
// class/style/hidden/open changes) and reports it, debounced, as a list of outermost roots. Our own DOM writes are
// run through `own()`, which hands pending page records over first and throws away the records our writes caused.

export interface AdditionWatcher {
  /** runs fn (our own DOM writes) without its mutations being reported */
  own<T>(fn: () => T): T;
  /**
   * Whether elements un-hidden by attribute changes are reported too. Off by default: the commonest changes on any
   * page (class and style flips on hover, animations) matter only once the page is annotated.
   */
  watchReveals(on: boolean): void;
  stop(): void;
}

export interface WatchOptions {
  /** nodes that are ours (marks, UI): changes on them are ignored */
  isOwn(node: Node): boolean;
  onAdded(roots: Element[]): void;
  /** nodes the page removed (not by us): a page that undoes our marks removes nodes holding them */
  onRemoved?(nodes: Node[]): void;
  delayMs?: number;
}

const REVEALING_ATTRIBUTES = ['style', 'class', 'hidden', 'open'];

export function watchAdditions(root: Element, options: WatchOptions): AdditionWatcher {
  const pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const collect = (records: MutationRecord[]) => {
    const removed: Node[] = [];
    for (const record of records) {
      if (record.removedNodes.length && options.onRemoved) removed.push(...record.removedNodes);
      if (options.isOwn(record.target)) continue;
      if (record.type === 'attributes') {
        if (record.target.nodeType === 1) pending.add(record.target as Element);
        continue;
      }
      for (const node of record.addedNodes) {
        if (options.isOwn(node)) continue;
        if (node.nodeType === 1) pending.add(node as Element);
        else if (node.nodeType === 3 && node.parentElement) pending.add(node.parentElement);
      }
    }
    if (removed.length) options.onRemoved?.(removed);
    if (pending.size && timer === undefined) timer = setTimeout(flush, options.delayMs ?? 250);
  };

  const flush = () => {
    timer = undefined;
    const nodes = [...pending].filter((n) => n.isConnected);
    pending.clear();
    const set = new Set(nodes);
    const roots = nodes.filter((el) => {
      for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
      return true;
    });
    if (roots.length) options.onAdded(roots);
  };

  const observer = new MutationObserver(collect);
  let reveals = false;
  const observe = () =>
    observer.observe(root, reveals ? { childList: true, subtree: true, attributes: true, attributeFilter: REVEALING_ATTRIBUTES } : { childList: true, subtree: true });
  observe();

  return {
    own(fn) {
      collect(observer.takeRecords());
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    watchReveals(on) {
      if (on === reveals) return;
      reveals = on;
      collect(observer.takeRecords());
      observer.disconnect();
      observe();
    },
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}
