// The engine as the page sees it: extract() run by the background (lib/background/extract.ts) on text the page
// read, the reply checked for its shape (replies.ts says why not with zod). The page never loads the engine itself
// (issue 10 §6).
import { browser } from 'wxt/browser';
import type { ExtractResult } from '../extract/types';
import type { ExtractReply, Request } from '../messages';
import { errorOf, isOkReply } from './replies';

export type Extraction = ExtractResult & Pick<ExtractReply, 'referenceDate' | 'published'>;

/**
 * extract(text, { referenceDate }) in the background; without a reference date the background resolves it from
 * the text's publish date and the settings. Throws with the background's error, or when it cannot be reached.
 */
export async function extractInBackground(text: string, referenceDate?: string): Promise<Extraction> {
  return parseExtraction(await browser.runtime.sendMessage(extractRequest(text, referenceDate)));
}

export function extractRequest(text: string, referenceDate?: string): Request {
  return { type: 'extract', text, ...(referenceDate ? { referenceDate } : {}) };
}

/** The background's reply to an 'extract' request (sent by the bootstrap or by extractInBackground), checked. */
export function parseExtraction(reply: unknown): Extraction {
  if (isOkReply<ExtractReply>(reply, ['spans', 'tasks']) && typeof reply.referenceDate === 'string') {
    const { spans, tasks, referenceDate, published } = reply;
    return { spans, tasks, referenceDate, ...(typeof published === 'string' ? { published } : {}) };
  }
  throw new Error(errorOf(reply) ?? 'the background gave no extraction');
}
