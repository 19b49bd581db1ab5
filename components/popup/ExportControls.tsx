// Popup controls: CSV of what is shown (or of everything), JSON backup of the database, restore from a backup.
import { useState } from 'preact/hooks';
import type { TargetedEvent, TargetedMouseEvent } from 'preact';
import { browser } from 'wxt/browser';
import type { LuoshiDatabase } from '../../lib/db/database';
import { restoreBackup, type RestoreResult } from '../../lib/db/restore';
import { listTasks } from '../../lib/db/tasks';
import type { Task } from '../../lib/domain/task';
import { BACKUP_MIME, backupFileName, backupToJson, type BackupErrorCode } from '../../lib/export/backup';
import { CSV_COLUMNS } from '../../lib/export/columns';
import { CSV_MIME, csvFileName, tasksToCsv } from '../../lib/export/csv';
import { downloadText } from '../../lib/export/download';
import { t } from '../../lib/i18n';
import { DEFAULT_SETTINGS, getSettings } from '../../lib/settings';
import { isOpenedInTab } from './page-actions';

export interface ExportControlsProps {
  /** the database a backup reads and a restore writes (the popup's) */
  db: LuoshiDatabase;
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
  return import.meta.env.FIREFOX && !isOpenedInTab();
}

export function ExportControls({ db, shownTasks, allTasks }: ExportControlsProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportCsv(tasks: Task[]) {
    const settings = await getSettings().catch(() => DEFAULT_SETTINGS);
    try {
      downloadText(csvFileName(), tasksToCsv(tasks, settings.csvHeaders, CSV_COLUMNS, settings.csvUnits), CSV_MIME);
    } catch (error) {
      setNotice({ kind: 'error', text: t('export_error_csv', errorText(error)) });
    }
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
      <button
        type="button"
        class="luoshi-export__primary"
        data-luoshi-action="export-csv"
        title={t('export_csv_shown_title')}
        disabled={shownTasks.length === 0}
        onClick={() => void exportCsv(shownTasks)}
      >
        {t('export_csv_shown', String(shownTasks.length))}
      </button>
      <button
        type="button"
        data-luoshi-action="export-csv-all"
        title={t('export_csv_all_title')}
        disabled={allTasks.length === 0}
        onClick={() => void exportCsv(allTasks)}
      >
        {t('export_csv_all', String(allTasks.length))}
      </button>
      <button type="button" data-luoshi-action="backup" title={t('export_backup_title')} onClick={() => void backup()}>
        {t('export_backup')}
      </button>
      <label class="luoshi-export__restore" title={t('export_restore_title')}>
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
          <p>{notice.text}</p>
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
