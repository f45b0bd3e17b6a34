import { decodeCursor, encodeCursor } from '@/lib/articles/cursor';

/** Where a page of comments ended: the last comment's time and its id, which orders equal times. */
export type CommentCursor = { createdAt: Date; id: string };

// The token article listings use (a time and an id), so one format is checked one way.
export function encodeCommentCursor({ createdAt, id }: CommentCursor): string {
  return encodeCursor({ publishedAt: createdAt, id });
}

/** The position in a cursor, or null for anything this site did not make. */
export function decodeCommentCursor(text: string): CommentCursor | null {
  const position = decodeCursor(text);
  return position && { createdAt: position.publishedAt, id: position.id };
}
