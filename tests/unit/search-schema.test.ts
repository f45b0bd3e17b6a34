import { describe, expect, it } from 'vitest';
import { searchQuerySchema } from '@/lib/search/schema';

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

  it('passes the cursor on, and drops one too long to be ours', () => {
    expect(searchQuerySchema.parse({ q: '상주', cursor: 'abc' })).toEqual({ q: '상주', cursor: 'abc' });
    expect(searchQuerySchema.parse({ q: '상주', cursor: 'x'.repeat(201) })).toEqual({ q: '상주' });
  });
});
