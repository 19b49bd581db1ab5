// Restore a JSON backup into the database. Additive only: a task already present (same id, or the same sentence
// from the same page) is skipped, never overwritten, and nothing is ever deleted.
import { parseBackup, type BackupErrorCode, type RejectedRecord } from '../export/backup';
import { toStored, type LuoshiDatabase, type StoredTask } from './database';

export type RestoreResult =
  | { ok: true; added: number; skipped: number; rejected: RejectedRecord[]; addedIds: string[] }
  | { ok: false; error: BackupErrorCode; detail: string };

export async function restoreBackup(db: LuoshiDatabase, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;

  // lists cleaned as the database keeps them since v2 (a backup made before may hold padded or repeated entries)
  const candidates: StoredTask[] = parsed.tasks.map(toStored);
  // One read-write transaction: a clip landing meanwhile cannot slip between the duplicate check and the write.
  return db.transaction('rw', db.tasks, async () => {
    const takenIds = new Set(await db.tasks.where('id').anyOf(candidates.map((task) => task.id)).primaryKeys());
    const takenKeys = new Set(
      (await db.tasks.where('dedupeKey').anyOf(candidates.map((task) => task.dedupeKey)).toArray()).map(
        (task) => task.dedupeKey,
      ),
    );
    const fresh: StoredTask[] = [];
    for (const task of candidates) {
      // the backup itself may hold the same task twice: the first copy wins
      if (takenIds.has(task.id) || takenKeys.has(task.dedupeKey)) continue;
      takenIds.add(task.id);
      takenKeys.add(task.dedupeKey);
      fresh.push(task);
    }
    await db.tasks.bulkAdd(fresh);
    return {
      ok: true as const,
      added: fresh.length,
      skipped: candidates.length - fresh.length,
      rejected: parsed.rejected,
      addedIds: fresh.map((task) => task.id),
    };
  });
}
