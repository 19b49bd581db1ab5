// Popup controls: CSV of what is shown (or of everything), JSON backup of the database, restore from a backup.
import { useState } from 'preact/hooks';
import type { TargetedEvent, TargetedMouseEvent } from 'preact';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/instance';
import { restoreBackup, type RestoreResult } from '../../lib/db/restore';
import { listTasks } from '../../lib/db/tasks';
import type { Task } from '../../lib/db/schema';
import { BACKUP_MIME, backupFileName, backupToJson, type BackupErrorCode } from '../../lib/export/backup';
import { CSV_MIME, csvFileName, tasksToCsv } from '../../lib/export/csv';
import { downloadText } from '../../lib/export/download';
import { t } from '../../lib/i18n';
import { DEFAULT_SETTINGS, getSettings } from '../../lib/settings';

export interface ExportControlsProps {
  /** what the current search and filters show, in display order */
  shownTasks: Task[];
  allTasks: Task[];
}

/** Rejected records listed by reason; more than this is summarised in one line. */
const MAX_LISTED_REJECTIONS = 20;

const ERROR_MESSAGE_KEYS: Record<BackupErrorCode, string> = {
  empty: 'export_error_empty',
  'not-json': 'export_error_not_json',
  'not-backup': 'export_error_not_backup',
  'newer-version': 'export_error_newer_version',
  'bad-shape': 'export_error_bad_shape',
};

type Notice = { kind: 'info' | 'error'; text: string; details?: string[] };

function restoreNotice(result: RestoreResult): Notice {
  if (!result.ok) return { kind: 'error', text: t(ERROR_MESSAGE_KEYS[result.error]) };
  const { added, skipped, rejected } = result;
  const details = rejected
    .slice(0, MAX_LISTED_REJECTIONS)
    .map(({ index, reason }) => t('export_restore_rejected_item', [String(index + 1), reason]));
  if (rejected.length > MAX_LISTED_REJECTIONS) {
    details.push(t('export_restore_rejected_more', String(rejected.length - MAX_LISTED_REJECTIONS)));
  }
  return {
    kind: 'info',
    text: t('export_restore_report', [String(added), String(skipped), String(rejected.length)]),
    details,
  };
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Firefox closes a toolbar popup when a file picker opens, so there restore runs from the popup page in a tab. */
function restoreNeedsTab(): boolean {
  return import.meta.env.FIREFOX && !new URLSearchParams(location.search).has('tab');
}

// Class names are prefixed so they cannot collide with the popup's own styles.
const STYLE = `
.luoshi-export { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.luoshi-export button, .luoshi-export__restore {
  font: inherit; padding: 4px 10px; border: 1px solid #94a3b8; border-radius: 4px; background: #fff; color: #0f172a; cursor: pointer;
}
.luoshi-export button:disabled { opacity: .5; cursor: default; }
.luoshi-export button:focus-visible, .luoshi-export__restore:focus-within { outline: 2px solid #2563eb; outline-offset: 1px; }
.luoshi-export__primary { font-weight: 600; }
.luoshi-export__restore input { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.luoshi-export__notice { flex-basis: 100%; margin: 4px 0 0; font-size: 12px; }
.luoshi-export__notice[data-kind="error"] { color: #b91c1c; }
.luoshi-export__notice ul { margin: 2px 0 0; padding-left: 18px; max-height: 8em; overflow: auto; }
`;

export function ExportControls({ shownTasks, allTasks }: ExportControlsProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportCsv(tasks: Task[]) {
    const settings = await getSettings().catch(() => DEFAULT_SETTINGS);
    downloadText(csvFileName(), tasksToCsv(tasks, settings.csvHeaders), CSV_MIME);
  }

  async function backup() {
    try {
      downloadText(backupFileName(), backupToJson(await listTasks(db)), BACKUP_MIME);
    } catch (error) {
      setNotice({ kind: 'error', text: t('export_error_backup', errorText(error)) });
    }
  }

  function openRestoreInTab(event: TargetedMouseEvent<HTMLInputElement>) {
    if (!restoreNeedsTab()) return;
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?tab=restore') });
  }

  async function restore(event: TargetedEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setNotice({ kind: 'info', text: t('export_restore_busy') });
    try {
      setNotice(restoreNotice(await restoreBackup(db, await file.text())));
    } catch (error) {
      // the restore transaction was rolled back: nothing was written
      setNotice({ kind: 'error', text: t('export_error_write', errorText(error)) });
    } finally {
      input.value = ''; // choosing the same file again fires change again
      setBusy(false);
    }
  }

  return (
    <section class="luoshi-export" aria-label={t('export_group_label')}>
      <style>{STYLE}</style>
      <button
        type="button"
        class="luoshi-export__primary"
        data-luoshi-action="export-csv"
        disabled={shownTasks.length === 0}
        onClick={() => void exportCsv(shownTasks)}
      >
        {t('export_csv_shown', String(shownTasks.length))}
      </button>
      <button
        type="button"
        data-luoshi-action="export-csv-all"
        disabled={allTasks.length === 0}
        onClick={() => void exportCsv(allTasks)}
      >
        {t('export_csv_all', String(allTasks.length))}
      </button>
      <button type="button" data-luoshi-action="backup" onClick={() => void backup()}>
        {t('export_backup')}
      </button>
      <label class="luoshi-export__restore">
        {t('export_restore')}
        <input
          type="file"
          accept=".json,application/json"
          data-luoshi-action="restore"
          disabled={busy}
          onClick={openRestoreInTab}
          onChange={(event) => void restore(event)}
        />
      </label>
      {notice && (
        <div class="luoshi-export__notice" role="status" aria-live="polite" data-kind={notice.kind} data-luoshi-export-notice>
          <p style={{ margin: 0 }}>{notice.text}</p>
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

export default ExportControls;
