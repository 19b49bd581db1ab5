// One definition of a clipped task: the zod schema. The TypeScript type is inferred from it.
// Part of the domain (lib/domain/): the page side, the list logic, the UI, the export and the database all import it
// from here; lib/db/ only stores what it describes.
import { DEADLINE_KINDS } from '../extract/types';
import { z } from '../zod';
import { TASK_LIMITS } from './task-limits';

export { TASK_LIMITS } from './task-limits';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const deadlineSchema = z.object({
  text: z.string().max(TASK_LIMITS.deadlineText),
  kind: z.enum(DEADLINE_KINDS),
  due: isoDate.optional(),
});

export const TASK_STATUSES = ['todo', 'doing', 'done'] as const; // 待办 / 进行中 / 已完成
export const taskStatus = z.enum(TASK_STATUSES);

/** W3C Web Annotation TextQuoteSelector, plus the position as a hint for re-anchoring. */
export const anchorSchema = z.object({
  exact: z.string().min(1).max(TASK_LIMITS.text),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

export const sourceSchema = z.object({
  url: z.string().max(TASK_LIMITS.url),
  title: z.string().max(TASK_LIMITS.title),
  /** the page's publish date when it shows one, YYYY-MM-DD */
  published: isoDate.optional(),
});

/** What a content script, the context menu or a restore hands over: a task before the database gives it an id. */
export const taskDraftSchema = z.object({
  text: z.string().trim().min(1).max(TASK_LIMITS.text),
  units: z.array(z.string().max(TASK_LIMITS.unit)).max(TASK_LIMITS.listItems),
  deadlines: z.array(deadlineSchema).max(TASK_LIMITS.deadlines),
  targets: z.array(z.string().max(TASK_LIMITS.target)).max(TASK_LIMITS.listItems),
  due: isoDate.optional(),
  source: sourceSchema,
  section: z.string().max(TASK_LIMITS.title).optional(), // heading nearest before the sentence (lib/page/section.ts)
  anchor: anchorSchema,
});

export const taskSchema = taskDraftSchema.extend({
  id: z.string().min(1).max(100),
  status: taskStatus,
  note: z.string().max(10000),
  /** set when the sentence could no longer be found on its page */
  orphaned: z.boolean().optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});

export type DeadlineRecord = z.infer<typeof deadlineSchema>;
export type TaskAnchor = z.infer<typeof anchorSchema>;
export type TaskSource = z.infer<typeof sourceSchema>;
export type TaskDraft = z.infer<typeof taskDraftSchema>;
export type Task = z.infer<typeof taskSchema>;
export type TaskStatus = z.infer<typeof taskStatus>;

/** Work still to do (待办, 进行中): what the badge counts, the 未完成 filter shows, and what can be overdue. */
export const OPEN_STATUSES: readonly TaskStatus[] = ['todo', 'doing'];
export const isOpen = (task: Pick<Task, 'status'>): boolean => OPEN_STATUSES.includes(task.status);

/** Fields the popup may edit in place. */
export const taskPatchSchema = taskSchema
  .pick({ text: true, units: true, deadlines: true, targets: true, due: true, status: true, note: true })
  .partial();
export type TaskPatch = z.infer<typeof taskPatchSchema>;
