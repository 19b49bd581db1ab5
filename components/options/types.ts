import type { Settings } from '@/lib/settings';

/** What every settings section gets: the current settings and a way to store a change. */
export interface SectionProps {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<boolean>;
}
