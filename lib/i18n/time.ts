import type { Locale } from './locales';

/** Times are stored in UTC and always shown in Korea time, whoever reads them. */
export const newsroomTimeZone = 'Asia/Seoul';

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: newsroomTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const englishFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: newsroomTimeZone,
  dateStyle: 'medium',
  timeStyle: 'short',
});

function koreaTimeParts(date: Date) {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((p) => [p.type, p.value]));
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
}

/** `2022/05/19 [16:23]`, the form Korean news sites print in bylines. */
export function formatKoreanNewsTime(date: Date): string {
  const { year, month, day, hour, minute } = koreaTimeParts(date);
  return `${year}/${month}/${day} [${hour}:${minute}]`;
}

/** `May 19, 2022, 4:23 PM KST`. */
export function formatEnglishNewsTime(date: Date): string {
  return `${englishFormatter.format(date)} KST`;
}

export function formatNewsTime(date: Date, locale: Locale): string {
  return locale === 'ko' ? formatKoreanNewsTime(date) : formatEnglishNewsTime(date);
}

// Korea has kept UTC+9 all year since 1988: a fixed offset turns its wall-clock times into instants.
const koreaOffset = '+09:00';
const koreaOffsetMs = 9 * 60 * 60 * 1000;

/** `2026-11-26T09:30`, the value of an `<input type="datetime-local">` showing `date` in Korea time. */
export function toKoreaDateTimeInput(date: Date): string {
  return new Date(date.getTime() + koreaOffsetMs).toISOString().slice(0, 16);
}

/** The instant a Korea-time `datetime-local` value names, or null for anything else. */
export function parseKoreaDateTimeInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00${koreaOffset}`);
  return Number.isNaN(date.getTime()) || toKoreaDateTimeInput(date) !== value ? null : date;
}

/** The Korea-time calendar day `date` falls on, as [start, end). */
export function koreaDayRange(date: Date): { start: Date; end: Date } {
  const start = new Date(`${toKoreaDateTimeInput(date).slice(0, 10)}T00:00:00${koreaOffset}`);
  return { start, end: new Date(start.getTime() + 24 * 60 * 60 * 1000) };
}

/** The instants a range of Korea-time calendar days (`2026-11-01`, inclusive, either end open) covers, or null for none. */
export function koreaDaysRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } | null {
  const start = from ? parseKoreaDateTimeInput(`${from}T00:00`) : null;
  const lastDay = to ? parseKoreaDateTimeInput(`${to}T00:00`) : null;
  if (!start && !lastDay) return null;
  return { ...(start && { gte: start }), ...(lastDay && { lt: koreaDayRange(lastDay).end }) };
}
