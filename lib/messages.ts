// Messages between content scripts / popup and the background, which owns the database.
// Every message is parsed with zod on arrival; an invalid one gets { ok: false } and writes nothing.
import { z } from './zod';
import { deadlineSchema, taskDraftSchema, taskSchema } from './domain/task';
import type { Settings } from './settings';

/** Longest page text sent for extraction (a 10x seed page is about 0.3 M characters). */
export const MAX_EXTRACT_CHARS = 5_000_000;

const count = z.number().int().nonnegative();
/** highlights per kind */
export const spanCountsSchema = z.object({ target: count, deadline: count, unit: count });

export const requestSchema = z.discriminatedUnion('type', [
  /** store tasks; the same sentence from the same page is not stored twice */
  z.object({ type: z.literal('clip'), drafts: z.array(taskDraftSchema).min(1).max(5000) }),
  /** tasks clipped from this page (URL without its fragment), for re-anchoring */
  z.object({ type: z.literal('tasks-for-page'), url: z.string().max(4096) }),
  /** flag tasks whose sentence is no longer on their page (or clear the flag) */
  z.object({ type: z.literal('set-orphaned'), ids: z.array(z.string()).max(5000), orphaned: z.boolean() }),
  /**
   * run extract() on a page's readable text in the extension's own (warm) context; reply: extractReplySchema.
   * Without a referenceDate the background resolves it as the settings say, from the text's publish date.
   */
  z.object({ type: z.literal('extract'), text: z.string().max(MAX_EXTRACT_CHARS), referenceDate: z.string().max(10).optional() }),
  /** a frame's highlight counts, summed per tab for the top frame's legend (reply { ok: true }) */
  z.object({ type: z.literal('frame-counts'), counts: spanCountsSchema }),
  /** the frames of a tab (other than the top one) that have highlights: 摘录全部 asks them too (reply tabFramesReplySchema) */
  z.object({ type: z.literal('tab-frames'), tabId: z.number().int().nonnegative() }),
  /** the settings, parsed by the background (reply settingsReply): the page part reads them without zod */
  z.object({ type: z.literal('settings') }),
  /** the page's 此网站不再显示: add this hostname to the sites where Luoshi never runs (reply settingsReply) */
  z.object({ type: z.literal('disable-site'), host: z.string().max(253) }),
]);
export type Request = z.infer<typeof requestSchema>;

export const clipReplySchema = z.object({ ok: z.literal(true), added: z.array(z.string()), existing: z.array(z.string()) });
export const tasksReplySchema = z.object({ ok: z.literal(true), tasks: z.array(taskSchema) });
export const errorReplySchema = z.object({ ok: z.literal(false), error: z.string() });
export const tabFramesReplySchema = z.object({ ok: z.literal(true), frameIds: z.array(z.number().int().nonnegative()) });

const deadlineKind = deadlineSchema.shape.kind;
const spanSchema = z.object({
  type: z.enum(['target', 'deadline', 'unit']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: deadlineKind.optional(),
  due: z.string().optional(),
});
const extractedTaskSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  units: z.array(z.string()),
  deadlines: z.array(z.object({ text: z.string(), kind: deadlineKind, due: z.string().optional() })),
  targets: z.array(z.string()),
  due: z.string().optional(),
});
/** extract: the engine's result (lib/extract ExtractResult), offsets into the text sent */
export const extractReplySchema = z.object({
  ok: z.literal(true),
  spans: z.array(spanSchema),
  tasks: z.array(extractedTaskSchema),
  /** the reference date used, YYYY-MM-DD */
  referenceDate: z.string(),
  /** the publish date found in the text, when asked to resolve the reference date */
  published: z.string().optional(),
});
export type ExtractReply = z.infer<typeof extractReplySchema>;

/** settings, disable-site: the settings as they now are (lib/settings.ts parseSettings) */
export interface SettingsReply {
  ok: true;
  settings: Settings;
}

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
  /** to the top frame: the highlight counts of the tab's other frames, summed */
  z.object({ type: z.literal('frame-totals'), counts: spanCountsSchema }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;
export const selectionDraftReplySchema = z.object({ ok: z.literal(true), draft: taskDraftSchema.nullable() });
export const pageTasksReplySchema = z.object({ ok: z.literal(true), drafts: z.array(taskDraftSchema), title: z.string() });
/** toggle-highlights: which way it went */
export const toggleReplySchema = z.object({ ok: z.literal(true), on: z.boolean() });
export type ToggleReply = z.infer<typeof toggleReplySchema>;
export type SelectionDraftReply = z.infer<typeof selectionDraftReplySchema>;
export type PageTasksReply = z.infer<typeof pageTasksReplySchema>;
