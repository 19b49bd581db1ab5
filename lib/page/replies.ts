// Checks of the messages the page part receives, without zod (issue 10 §6: zod alone would double the page part).
// Where the trust lies: every message a content script *sends* is parsed with zod by the background that receives
// it (lib/background/requests.ts, lib/messages.ts), and that is the check that guards the database. What the page
// part *receives* comes from the extension itself (the background's replies, content requests from the popup and
// background: runtime messages reach a content script only from its own extension), already built from parsed
// data; here it is only checked for the shape the code relies on, so that a mismatched reply (an older background
// during an update) fails with a message instead of a TypeError.
import type { ContentRequest, ErrorReply } from '../messages';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null;

/** { ok: true, …fields } with each named field an array. */
export function isOkReply<T>(reply: unknown, arrays: readonly string[] = []): reply is T {
  return isObject(reply) && reply.ok === true && arrays.every((key) => Array.isArray(reply[key]));
}

/** The error of an { ok: false, error } reply. */
export function errorOf(reply: unknown): string | undefined {
  return isObject(reply) && reply.ok === false && typeof reply.error === 'string' ? (reply as ErrorReply).error : undefined;
}

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;

/** A content request (lib/messages contentRequestSchema) with the fields its handler reads, or undefined. */
export function asContentRequest(raw: unknown): ContentRequest | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'page-tasks':
    case 'selection-draft':
    case 'clipped-changed':
      return { type: raw.type };
    case 'toggle-highlights':
      if (raw.on !== undefined && typeof raw.on !== 'boolean') return undefined;
      return { type: raw.type, ...(raw.on === undefined ? {} : { on: raw.on }) };
    case 'frame-totals': {
      const counts = raw.counts;
      if (!isObject(counts) || !isCount(counts.target) || !isCount(counts.deadline) || !isCount(counts.unit)) return undefined;
      return { type: raw.type, counts: { target: counts.target as number, deadline: counts.deadline as number, unit: counts.unit as number } };
    }
    default:
      return undefined;
  }
}
