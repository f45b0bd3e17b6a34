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
