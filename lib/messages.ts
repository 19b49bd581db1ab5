// Messages between content scripts / popup and the background, which owns the database.
// Every message is parsed with zod on arrival; an invalid one gets { ok: false } and writes nothing.
import { z } from './zod';
import { taskDraftSchema, taskSchema } from './domain/task';

export const requestSchema = z.discriminatedUnion('type', [
  /** store tasks; the same sentence from the same page is not stored twice */
  z.object({ type: z.literal('clip'), drafts: z.array(taskDraftSchema).min(1).max(5000) }),
  /** tasks clipped from this page (URL without its fragment), for re-anchoring */
  z.object({ type: z.literal('tasks-for-page'), url: z.string().max(4096) }),
  /** flag tasks whose sentence is no longer on their page (or clear the flag) */
  z.object({ type: z.literal('set-orphaned'), ids: z.array(z.string()).max(5000), orphaned: z.boolean() }),
]);
export type Request = z.infer<typeof requestSchema>;

export const clipReplySchema = z.object({ ok: z.literal(true), added: z.array(z.string()), existing: z.array(z.string()) });
export const tasksReplySchema = z.object({ ok: z.literal(true), tasks: z.array(taskSchema) });
export const errorReplySchema = z.object({ ok: z.literal(false), error: z.string() });

export type ClipReply = z.infer<typeof clipReplySchema>;
export type TasksReply = z.infer<typeof tasksReplySchema>;
export type ErrorReply = z.infer<typeof errorReplySchema>;

/** Messages the background or popup sends to a content script. */
export const contentRequestSchema = z.discriminatedUnion('type', [
  /** all tasks the page's extraction found, as drafts ready to clip (popup 摘录全部) */
  z.object({ type: z.literal('page-tasks') }),
  /** the reader's current selection as a draft (context menu 摘录为任务), with its text-quote anchor */
  z.object({ type: z.literal('selection-draft') }),
  z.object({ type: z.literal('toggle-highlights'), on: z.boolean().optional() }),
  /** the database changed: re-mark clipped sentences */
  z.object({ type: z.literal('clipped-changed') }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;
export const selectionDraftReplySchema = z.object({ ok: z.literal(true), draft: taskDraftSchema.nullable() });
export const pageTasksReplySchema = z.object({ ok: z.literal(true), drafts: z.array(taskDraftSchema), title: z.string() });
/** toggle-highlights: which way it went */
export const toggleReplySchema = z.object({ ok: z.literal(true), on: z.boolean() });
export type ToggleReply = z.infer<typeof toggleReplySchema>;
export type SelectionDraftReply = z.infer<typeof selectionDraftReplySchema>;
export type PageTasksReply = z.infer<typeof pageTasksReplySchema>;
