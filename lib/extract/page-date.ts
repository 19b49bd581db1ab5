// The page's own date (upload / publish), used as the reference date for deadlines without a year.
import { buildMatchView } from './normalize';

const PAGE_DATE = /(?:上传日期|发布日期|发布时间|上传时间|发文日期|成文日期|印发日期|更新时间|日期)[:]?(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

/** First 上传日期/发布日期/发布时间 YYYY-MM-DD (or YYYY年M月D日) in the text, as YYYY-MM-DD; undefined if none. */
export function findPublishDate(text: string): string | undefined {
  const view = buildMatchView(text.slice(0, 200_000)).text;
  const m = PAGE_DATE.exec(view);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
