import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '@/lib/articles/cursor';

const position = { publishedAt: new Date('2022-05-19T07:23:00.123Z'), id: '0193a4b2-7c1d-7e5f-9a0b-1c2d3e4f5a6b' };
const base64url = (text: string) => Buffer.from(text).toString('base64url');

describe('article list cursor', () => {
  it('round-trips the position to the millisecond as an opaque base64url token', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(position.id);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['an empty string', ''],
    ['characters outside base64url', 'abc+/=='],
    ['base64url that is not JSON', base64url('not json')],
    ['a cursor cut short', encodeCursor(position).slice(0, -6)],
    ['a cursor with one character changed', encodeCursor(position).replace(/^./, (c) => (c === 'W' ? 'X' : 'W'))],
    ['an id that is not a UUID', base64url(JSON.stringify(['2022-05-19T07:23:00.123Z', "1' OR '1'='1"]))],
    ['a time that is not a time', base64url(JSON.stringify(['yesterday', position.id]))],
    ['an object instead of the pair', base64url(JSON.stringify({ publishedAt: '2022-05-19T07:23:00.123Z', id: position.id }))],
    ['an extra element', base64url(JSON.stringify(['2022-05-19T07:23:00.123Z', position.id, 1]))],
    ['an overlong token', 'A'.repeat(10_000)],
  ])('rejects %s', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
