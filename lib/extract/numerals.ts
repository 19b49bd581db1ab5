// Number helpers shared by the extractors. All functions are total: they return null/unchanged text instead of throwing.

const FULLWIDTH_DIGIT_0 = 0xff10;

/** Full-width digits ０-９ to ASCII. Keeps the string length, so offsets stay valid. */
export function normalizeDigits(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULLWIDTH_DIGIT_0 && code <= FULLWIDTH_DIGIT_0 + 9) {
      out += String.fromCharCode(code - FULLWIDTH_DIGIT_0 + 48);
      changed = true;
    } else out += text[i];
  }
  return changed ? out : text;
}

/** Chinese digit characters, including the forms used in written-out years (二〇二三). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Placeholder characters that stand for an unknown digit in drafts and templates: x, X, ×, ＊, *. */
export const PLACEHOLDER_CHARS = 'xX×ｘＸ＊*';

export function isPlaceholder(text: string): boolean {
  if (!text) return false;
  for (const ch of text) if (!PLACEHOLDER_CHARS.includes(ch)) return false;
  return true;
}

/**
 * A small number written with ASCII/full-width digits or Chinese numerals (一 … 九十九, 十二, 二十五, 〇-digit strings).
 * Returns null for anything else, including placeholders.
 */
export function parseSmallNumber(raw: string): number | null {
  const text = normalizeDigits(raw.trim());
  if (!text) return null;
  if (/^[0-9]{1,6}$/.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten === -1) {
    // Digit by digit: 二〇二三 -> 2023, 五 -> 5
    let value = 0;
    for (const ch of text) {
      const d = CHINESE_DIGITS[ch];
      if (d === undefined) return null;
      value = value * 10 + d;
    }
    return value;
  }
  if (text.indexOf('十', ten + 1) !== -1 || text.length > 3) return null;
  const tensPart = text.slice(0, ten);
  const onesPart = text.slice(ten + 1);
  const tens = tensPart === '' ? 1 : CHINESE_DIGITS[tensPart];
  const ones = onesPart === '' ? 0 : CHINESE_DIGITS[onesPart];
  if (tens === undefined || ones === undefined || tensPart.length > 1 || onesPart.length > 1) return null;
  return tens * 10 + ones;
}
