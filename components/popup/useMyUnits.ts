// The reader's own units (options page 我的单位), parsed, and kept current while the popup is open.
import { useEffect, useState } from 'preact/hooks';
import { parseMyUnits, type MyUnit } from '../../lib/domain/mine';
import { getSettings, watchSettings } from '../../lib/settings';

/** undefined until the settings are read; then the units (an empty list when none are set or they cannot be read) */
export function useMyUnits(): MyUnit[] | undefined {
  const [units, setUnits] = useState<MyUnit[] | undefined>(undefined);
  useEffect(() => {
    const read = (text: string) => setUnits(parseMyUnits(text).units);
    getSettings().then((settings) => read(settings.myUnits), () => read(''));
    return watchSettings((settings) => read(settings.myUnits));
  }, []);
  return units;
}
