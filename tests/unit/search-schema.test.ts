import { describe, expect, it } from 'vitest';
import { encodeSearchCursor, searchCursorSchema, searchQuerySchema } from '@/lib/search/schema';

describe('searchQuerySchema', () => {
  it('trims the query and joins Hangul typed as separate jamo', () => {
    expect(searchQuerySchema.parse({ q: '  상주 ' })).toEqual({ q: '상주' });
    expect(searchQuerySchema.parse({ q: '상주'.normalize('NFD') }).q).toBe('상주');
  });

  it('refuses empty and over-long queries', () => {
    expect(searchQuerySchema.safeParse({ q: '   ' }).error?.issues[0]?.code).toBe('too_small');
    expect(searchQuerySchema.safeParse({ q: '가'.repeat(100) }).success).toBe(true);
    expect(searchQuerySchema.safeParse({ q: '가'.repeat(101) }).error?.issues[0]?.code).toBe('too_big');
  });

  it('reads back the cursor it wrote, and ignores a damaged one', () => {
    const cursor = { publishedAt: new Date('2022-05-19T07:23:00.123Z'), id: '0193b7a4-9a4e-7c1d-8f00-123456789abc' };
    expect(searchQuerySchema.parse({ q: '상주', cursor: encodeSearchCursor(cursor) })).toEqual({ q: '상주', cursor });
    expect(searchQuerySchema.parse({ q: '상주', cursor: 'not-a-cursor' })).toEqual({ q: '상주' });
    expect(searchCursorSchema.safeParse('12_not-a-uuid').success).toBe(false);
  });
});
