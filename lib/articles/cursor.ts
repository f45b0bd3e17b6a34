import { z } from 'zod';

/** Where a page of articles ended: the last article's publication time and its id, which orders equal times. */
export type ArticleCursor = { publishedAt: Date; id: string };

const cursorJson = z.codec(z.base64url().max(200), z.tuple([z.iso.datetime(), z.uuid()]), {
  decode: (text, ctx) => {
    try {
      return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    } catch {
      ctx.issues.push({ code: 'invalid_format', format: 'json', input: text });
      return z.NEVER;
    }
  },
  encode: (position) => Buffer.from(JSON.stringify(position)).toString('base64url'),
});

/** An opaque token for `?after=`: readers pass it back, they need not read it. */
export function encodeCursor({ publishedAt, id }: ArticleCursor): string {
  return z.encode(cursorJson, [publishedAt.toISOString(), id]);
}

/** The position in a cursor, or null for anything this site did not make (edited, cut short, garbage). */
export function decodeCursor(text: string): ArticleCursor | null {
  const result = z.safeDecode(cursorJson, text);
  return result.success ? { publishedAt: new Date(result.data[0]), id: result.data[1] } : null;
}
