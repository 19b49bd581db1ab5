// Extraction for the pages, in the extension's own context (the service worker in Chrome, the event page in
// Firefox): that context stays warm from one page to the next, and the page's main thread only reads and paints
// (issue 10 §6). The engine is called only through extract(); its output is sent as it is (extractReplySchema).
import { extract } from '../extract';
import { findPublishDate } from '../extract/page-date';
import type { ExtractResult } from '../extract/types';
import type { ExtractReply } from '../messages';
import { getSettings, resolveReferenceDate, type Settings } from '../settings';

/**
 * The engine on a page's text. Without a reference date, the page's publish date (if the text shows one) and the
 * settings decide it, as lib/settings resolveReferenceDate says.
 */
export async function extractForPage(
  text: string,
  referenceDate?: string,
  settings: () => Promise<Settings> = getSettings,
): Promise<ExtractReply> {
  let published: string | undefined;
  // a date the reader fixed in the options is taken as it is; otherwise the text's paired dates may fix the year
  let yearFromText = true;
  if (!referenceDate) {
    published = findPublishDate(text);
    const chosen = await settings();
    referenceDate = resolveReferenceDate(chosen, published);
    yearFromText = !(chosen.referenceDate === 'fixed' && referenceDate === chosen.fixedReferenceDate);
  }
  const result: ExtractResult = extract(text, { referenceDate, yearFromText });
  return { ok: true, spans: result.spans, tasks: result.tasks, referenceDate, ...(published ? { published } : {}) } satisfies ExtractReply;
}
