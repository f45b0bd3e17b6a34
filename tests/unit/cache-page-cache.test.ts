import { describe, expect, it } from 'vitest';
import { PageCache } from '@/lib/cache/page-cache';
import type { CacheValue } from '@/lib/cache/types';

const page = (path: string, html: string): CacheValue => ({
  kind: 'APP_PAGE',
  html,
  headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_/ko/layout,_N_T_${path}` },
  status: 200,
});

function clock() {
  let now = 1_000;
  return { now: () => now, tick: () => (now += 1) };
}

const inProcess = (now: () => number) => new PageCache({ redis: null, prefix: 'test:', buildId: 'b1', maxMemoryBytes: 1024 * 1024, now });

describe('the page cache without Redis', () => {
  it('gives back what was stored, with its lifetime, and nothing for an unknown key', async () => {
    const time = clock();
    const cache = inProcess(time.now);
    await cache.set('/ko/articles/a', page('/ko/articles/a', '<h1>A</h1>'), { revalidate: 300, expire: 3600 });
    expect(await cache.get('/ko/articles/a')).toEqual({
      lastModified: 1_000,
      value: page('/ko/articles/a', '<h1>A</h1>'),
      cacheControl: { revalidate: 300, expire: 3600 },
    });
    expect(await cache.get('/ko/articles/b')).toBeNull();
  });

  it('renders a page anew after its path is revalidated, and leaves other pages cached', async () => {
    const time = clock();
    const cache = inProcess(time.now);
    await cache.set('a', page('/ko/articles/a', 'A'), { revalidate: 300 });
    await cache.set('b', page('/ko/articles/b', 'B'), { revalidate: 300 });
    time.tick();
    await cache.revalidateTags(['_N_T_/ko/articles/a']);
    expect(await cache.get('a')).toBeNull();
    expect(await cache.read('a')).toEqual({ entry: expect.objectContaining({ value: page('/ko/articles/a', 'A') }), superseded: true });
    expect((await cache.get('b'))?.value).toEqual(page('/ko/articles/b', 'B'));
    expect((await cache.read('b'))?.superseded).toBe(false);

    time.tick();
    await cache.set('a', page('/ko/articles/a', 'A, corrected'), { revalidate: 300 });
    expect((await cache.get('a'))?.value).toEqual(page('/ko/articles/a', 'A, corrected'));
  });

  it('checks a fetch against its own tags and the tags of the page asking for it', async () => {
    const time = clock();
    const cache = inProcess(time.now);
    await cache.set(
      'fetch-1',
      { kind: 'FETCH', data: { body: '[]', headers: {}, url: 'https://x' }, tags: ['comments'], revalidate: 60 },
      undefined,
    );
    time.tick();
    await cache.revalidateTags(['_N_T_/ko']);
    expect(await cache.get('fetch-1')).not.toBeNull();
    expect(await cache.get('fetch-1', ['_N_T_/ko'])).toBeNull();
    await cache.revalidateTags(['comments']);
    expect(await cache.get('fetch-1')).toBeNull();
  });
});
