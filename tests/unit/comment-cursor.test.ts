import { describe, expect, it } from 'vitest';
import { decodeCommentCursor, encodeCommentCursor } from '@/lib/comments/reader/list-comments';

describe('comment list cursors', () => {
  it('give back the position they were made from', () => {
    const position = { createdAt: new Date('2026-03-01T09:30:00.123Z'), id: '01950000-0000-7000-8000-000000000001' };
    expect(decodeCommentCursor(encodeCommentCursor(position))).toEqual(position);
  });

  it.each([
    'garbage',
    '',
    'eyJ4IjoxfQ',
    encodeCommentCursor({ createdAt: new Date(), id: '01950000-0000-7000-8000-000000000001' }).slice(0, -4),
  ])('read %j as nothing', (text) => {
    expect(decodeCommentCursor(text)).toBeNull();
  });
});
