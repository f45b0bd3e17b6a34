import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '@/lib/cache/entry-codec';
import type { CacheEntry } from '@/lib/cache/types';

describe('a cache entry stored as text', () => {
  it('comes back equal, with the page’s bytes and segment map intact', () => {
    const entry: CacheEntry = {
      lastModified: 1_764_000_000_000,
      cacheControl: { revalidate: 300, expire: 31_536_000 },
      value: {
        kind: 'APP_PAGE',
        html: '<!DOCTYPE html><h1>남양주시, 화상 회의</h1>',
        rscData: Buffer.from([0, 255, 254, 10, 0x80]),
        segmentData: new Map([
          ['/_tree', Buffer.from('트리')],
          ['/ko/articles/$d$slug/__PAGE__', Buffer.from([1, 2, 3])],
        ]),
        headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/ko/articles/a', 'set-cookie': ['a=1', 'b=2'], 'x-count': 3 },
        status: 200,
        postponed: undefined,
      },
    };
    const back = decodeEntry(encodeEntry(entry));
    expect(back).toEqual(entry);
    if (back.value?.kind !== 'APP_PAGE') throw new Error('not a page');
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect(back.value.segmentData?.get('/_tree')?.toString()).toBe('트리');
  });

  it('keeps a route’s body bytes, a fetch’s data and an empty entry', () => {
    const route: CacheEntry = { lastModified: 1, value: { kind: 'APP_ROUTE', body: Buffer.from('<rss/>'), status: 200, headers: {} } };
    expect(decodeEntry(encodeEntry(route))).toEqual(route);
    const fetched: CacheEntry = {
      lastModified: 2,
      value: { kind: 'FETCH', data: { body: '{}', headers: {}, url: 'https://x' }, tags: ['a'], revalidate: 60 },
    };
    expect(decodeEntry(encodeEntry(fetched))).toEqual(fetched);
    expect(decodeEntry(encodeEntry({ lastModified: 3, value: null }))).toEqual({ lastModified: 3, value: null });
  });
});
