/**
 * What a reader's comment may be. Plain numbers with no zod, so the comment form (a client component)
 * can set the same limits on its inputs as the server's schema (./reader-schema.ts) checks.
 */
export const commentLimits = {
  nicknameMin: 2,
  nicknameMax: 20,
  passwordMin: 4,
  /** A password of digits alone is guessed soonest: 10,000 four-digit ones in all. */
  passwordDigitsOnlyMin: 6,
  passwordMax: 64,
  contentMax: 1000,
  /** More links than this and the comment is refused: WordPress holds at 2, spam carries more. */
  linksMax: 2,
  reportNoteMax: 300,
  /** Comments per page of the reader's list. */
  pageSize: 20,
} as const;

/** A reader's text as it is checked and stored: NFC (NFD Korean from some Macs), one kind of line break, no spaces around. */
export function normalizeReaderText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/gu, '\n').trim();
}
