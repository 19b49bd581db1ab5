// A Preact hook over Dexie's liveQuery: re-runs the query whenever any extension page or the background writes
// to the tables it read, so the popup updates live when another tab clips.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error) => setState((previous) => ({ value: previous.value, error })),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
