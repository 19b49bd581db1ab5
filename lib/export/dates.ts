// Local calendar dates and times as the reader's office writes them (the reader's own time zone, not UTC).

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' in local time. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** 'YYYY-MM-DD HH:mm' in local time. */
export function localDateTime(date: Date): string {
  return `${localDate(date)} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}
