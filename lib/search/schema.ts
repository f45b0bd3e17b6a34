import { z } from 'zod';

export const searchQueryMaxLength = 100;

/** Where a results page ended: the last result's publication time and id (results are ordered by both, newest first). */
export type SearchCursor = { publishedAt: Date; id: string };

export function encodeSearchCursor({ publishedAt, id }: SearchCursor): string {
  return `${publishedAt.getTime()}_${id}`;
}

export const searchCursorSchema = z
  .string()
  .transform((value) => value.split('_'))
  .pipe(z.tuple([z.string().regex(/^\d{1,15}$/).transform(Number), z.uuid()]))
  .transform(([time, id]): SearchCursor => ({ publishedAt: new Date(time), id }));

export const searchQuerySchema = z.object({
  // NFC: text pasted from some systems spells Hangul as separate jamo, which would never match stored text.
  q: z.string().trim().normalize('NFC').min(1).max(searchQueryMaxLength),
  // A damaged cursor only costs the reader the first page again, not an error.
  cursor: searchCursorSchema.optional().catch(undefined),
});
