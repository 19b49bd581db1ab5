// Requests to the background, which owns the database. Every message is parsed with zod first: an invalid one
// gets { ok: false, error } and nothing is written.
import { z } from '../zod';
import type { LuoshiDatabase } from '../db/database';
import { pageKey } from '../domain/task-keys';
import { addDrafts, setOrphaned, tasksForPage } from '../db/tasks';
import { requestSchema, type ClipReply, type ErrorReply, type ExtractReply, type SettingsReply, type TasksReply } from '../messages';
import { getSettings, isValidHostname, saveSettings, type Settings } from '../settings';
import { extractForPage } from './extract';
import { frameCounts, framesWithHighlights } from './frames';

export type Reply = ClipReply | TasksReply | ExtractReply | SettingsReply | { ok: true; frameIds: number[] } | { ok: true } | ErrorReply;

export interface RequestContext {
  db: LuoshiDatabase;
  /** tell the tabs showing this page that its clipped sentences changed */
  notifyPage(url: string): void;
  /** the settings (default: lib/settings getSettings); a test seam */
  settings?: () => Promise<Settings>;
  /** saves settings (default: lib/settings saveSettings); a test seam */
  saveSettings?: (patch: Partial<Settings>) => Promise<Settings>;
  /** where the message came from, when a content script sent it */
  sender?: { tabId?: number; frameId?: number };
}

export async function handleRequest(raw: unknown, context: RequestContext): Promise<Reply> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${z.prettifyError(parsed.error)}` };
  const request = parsed.data;
  try {
    switch (request.type) {
      case 'clip': {
        const result = await addDrafts(context.db, request.drafts);
        if (result.added.length) {
          for (const url of new Set(request.drafts.map((draft) => pageKey(draft.source.url)))) context.notifyPage(url);
        }
        return { ok: true, ...result };
      }
      case 'tasks-for-page':
        return { ok: true, tasks: await tasksForPage(context.db, request.url) };
      case 'set-orphaned':
        await setOrphaned(context.db, request.ids, request.orphaned);
        return { ok: true };
      case 'extract':
        return extractForPage(request.text, request.referenceDate, context.settings);
      case 'frame-counts':
        if (context.sender?.tabId !== undefined && context.sender.frameId !== undefined) {
          await frameCounts(context.sender.tabId, context.sender.frameId, request.counts);
        }
        return { ok: true };
      case 'tab-frames':
        return { ok: true, frameIds: framesWithHighlights(request.tabId) };
      case 'settings':
        return { ok: true, settings: await (context.settings ?? getSettings)() };
      case 'disable-site': {
        const host = request.host.toLowerCase().replace(/\.$/, '');
        if (!isValidHostname(host)) return { ok: false, error: `not a hostname: ${request.host}` };
        const settings = await (context.settings ?? getSettings)();
        if (settings.disabledSites.includes(host)) return { ok: true, settings };
        return { ok: true, settings: await (context.saveSettings ?? saveSettings)({ disabledSites: [...settings.disabledSites, host] }) };
      }
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
