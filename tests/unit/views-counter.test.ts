import { describe, expect, it, vi } from 'vitest';
import { ViewCounter, type HourViews } from '@/lib/views/view-counter';
import { MemoryViewStore, type ViewStore } from '@/lib/views/view-store';

const start = Date.parse('2026-12-02T05:10:00Z');
const hour = 3_600_000;

function counterAt(clock: { now: number }, shared: ViewStore | null = null) {
  return new ViewCounter({ shared, local: new MemoryViewStore() }, () => clock.now);
}

/** What a flush writes, in a stable order. */
async function flushed(counter: ViewCounter): Promise<HourViews[]> {
  const written: HourViews[] = [];
  await counter.flush(async (views) => void written.push(...views));
  return written.sort((a, b) => a.hour.getTime() - b.hour.getTime() || a.slug.localeCompare(b.slug));
}

describe('ViewCounter', () => {
  it('counts a reader once per article and hour, and again the next hour', async () => {
    const clock = { now: start };
    const counter = counterAt(clock);
    expect(await counter.count('a', 'reader-1')).toBe(true);
    expect(await counter.count('a', 'reader-1')).toBe(false);
    expect(await counter.count('b', 'reader-1')).toBe(true);
    expect(await counter.count('a', 'reader-2')).toBe(true);
    clock.now += hour;
    expect(await counter.count('a', 'reader-1')).toBe(true);
    expect(await flushed(counter)).toEqual([
      { slug: 'a', hour: new Date('2026-12-02T05:00:00Z'), views: 2 },
      { slug: 'b', hour: new Date('2026-12-02T05:00:00Z'), views: 1 },
      { slug: 'a', hour: new Date('2026-12-02T06:00:00Z'), views: 1 },
    ]);
  });

  it('writes each view once: a flush takes what it writes', async () => {
    const counter = counterAt({ now: start });
    await counter.count('a', 'reader-1');
    expect(await flushed(counter)).toHaveLength(1);
    expect(await flushed(counter)).toEqual([]);
  });

  it('keeps the views a flush could not write for the next one', async () => {
    const counter = counterAt({ now: start });
    await counter.count('a', 'reader-1');
    await expect(counter.flush(() => Promise.reject(new Error('PostgreSQL is down')))).rejects.toThrow('PostgreSQL is down');
    await counter.count('a', 'reader-2');
    expect(await flushed(counter)).toEqual([{ slug: 'a', hour: new Date('2026-12-02T05:00:00Z'), views: 2 }]);
  });

  it('counts in memory while the shared store fails, and still flushes those views', async () => {
    const failing: ViewStore = {
      record: vi.fn().mockRejectedValue(new Error('Redis is down')),
      take: vi.fn().mockRejectedValue(new Error('Redis is down')),
      giveBack: vi.fn(),
    };
    const counter = counterAt({ now: start }, failing);
    expect(await counter.count('a', 'reader-1')).toBe(true);
    expect(await counter.count('a', 'reader-1')).toBe(false);
    expect(await flushed(counter)).toEqual([{ slug: 'a', hour: new Date('2026-12-02T05:00:00Z'), views: 1 }]);
  });
});
