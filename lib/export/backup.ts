// JSON backup of the whole task list, and the parser that restore uses. The format marker and version let a
// later Luoshi read old backups and refuse files that are something else.
import { z } from '../zod';
import { taskSchema, type Task } from '../domain/task';
import { localDate } from '../dates';

export const BACKUP_FORMAT = 'luoshi-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_MIME = 'application/json';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, UTC */
  exportedAt: string;
  tasks: Task[];
}

/** tasks as the schema defines them, without stored-only fields (lib/db/tasks.ts listTasks gives them so) */
export function createBackup(tasks: readonly Task[], now: Date = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), tasks: [...tasks] };
}

export function backupToJson(tasks: readonly Task[], now: Date = new Date()): string {
  return JSON.stringify(createBackup(tasks, now), null, 2);
}

/** 落实备份_YYYY-MM-DD.json, dated in local time. */
export function backupFileName(now: Date = new Date()): string {
  return `落实备份_${localDate(now)}.json`;
}

/** Why a file is refused as a whole; the popup turns each into an instruction for the reader. */
export type BackupErrorCode = 'empty' | 'not-json' | 'not-backup' | 'newer-version' | 'bad-shape';

export interface RejectedRecord {
  /** position in the backup's tasks array, 0-based */
  index: number;
  reason: string;
}

export type ParsedBackup =
  | { ok: true; version: number; exportedAt?: string; tasks: Task[]; rejected: RejectedRecord[] }
  | { ok: false; error: BackupErrorCode; detail: string };

const markerSchema = z.object({ format: z.literal(BACKUP_FORMAT) });
const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string().optional(),
  tasks: z.array(z.unknown()),
});

/** Issues shown per rejected record: enough to see what is wrong without a wall of text. */
const MAX_ISSUES = 3;

function describeIssues(error: z.ZodError): string {
  const shown = error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message);
  const more = error.issues.length - MAX_ISSUES;
  return shown.join('; ') + (more > 0 ? `; (+${more})` : '');
}

/** Reads a backup file's text. Refuses anything that is not a Luoshi backup; otherwise validates every record. */
export function parseBackup(text: string): ParsedBackup {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: 'empty', detail: 'the file is empty' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const marker = markerSchema.safeParse(data);
  if (!marker.success) return { ok: false, error: 'not-backup', detail: describeIssues(marker.error) };
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, error: 'bad-shape', detail: describeIssues(envelope.error) };
  const { version, exportedAt, tasks: records } = envelope.data;
  if (version > BACKUP_VERSION) {
    return { ok: false, error: 'newer-version', detail: `version ${version}, this Luoshi reads up to ${BACKUP_VERSION}` };
  }
  const tasks: Task[] = [];
  const rejected: RejectedRecord[] = [];
  records.forEach((record, index) => {
    const parsed = taskSchema.safeParse(record);
    if (parsed.success) tasks.push(parsed.data);
    else rejected.push({ index, reason: describeIssues(parsed.error) });
  });
  return { ok: true, version, exportedAt, tasks, rejected };
}
