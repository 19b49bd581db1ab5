// Keys derived from a task (part of the domain, lib/domain/), free of Dexie so that content scripts can use them
// without bundling the database (Dexie's bundle holds a U+FFFF literal, which makes Chrome refuse a content script
// as "not UTF-8").

/** The page a task came from, without its fragment: the same page reached by #anchor links is one page. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Two clips are the same task when the same sentence (whitespace-insensitive) comes from the same page. */
export function dedupeKey(task: { source: { url: string }; anchor: { exact: string } }): string {
  return `${pageKey(task.source.url)}\u0000${task.anchor.exact.replace(/\s+/g, '')}`;
}
