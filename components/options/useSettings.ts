// The options page's view of the stored settings: loads them, saves each change at once,
// follows changes made elsewhere (another options tab), and reports the save state.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getSettings, saveSettings, watchSettings, type Settings } from '@/lib/settings';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

export interface SettingsStore {
  settings: Settings | null;
  loadError: string | null;
  saveState: SaveState;
  save(patch: Partial<Settings>): Promise<boolean>;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useSettings(): SettingsStore {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // Saves run one after another so that a fast second change never lands before the first.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    getSettings().then(setSettings, (error) => setLoadError(reason(error)));
    return watchSettings(setSettings);
  }, []);

  const save = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => (current ? { ...current, ...patch } : current));
    setSaveState({ kind: 'saving' });
    const run = queue.current.then(() => saveSettings(patch));
    queue.current = run.catch(() => undefined);
    return run.then(
      (stored) => {
        setSettings(stored);
        setSaveState({ kind: 'saved', at: new Date() });
        return true;
      },
      async (error) => {
        setSaveState({ kind: 'error', message: reason(error) });
        // Show what is really stored, not the change that failed.
        setSettings(await getSettings().catch(() => null));
        return false;
      },
    );
  }, []);

  return { settings, loadError, saveState, save };
}
