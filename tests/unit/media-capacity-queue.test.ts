import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { capacityQueue } from '@/lib/media/capacity-queue';

/** Queues work of the given weights at once and records which ran side by side, and in what order each started. */
async function runAll(capacity: number, weights: number[]) {
  const queue = capacityQueue(capacity);
  const running = new Set<number>();
  const started: number[] = [];
  const sideBySide: number[][] = [];
  const results = await Promise.all(
    weights.map((weight, n) =>
      queue(weight, async () => {
        running.add(n);
        started.push(n);
        sideBySide.push([...running].sort((a, b) => a - b));
        await sleep(5);
        running.delete(n);
        return n;
      }),
    ),
  );
  return { results, started, sideBySide };
}

describe('the capacity queue around image work', () => {
  it('runs at most as many jobs as it has room for, the others in the order they came', async () => {
    const { results, started, sideBySide } = await runAll(2, [1, 1, 1, 1, 1]);
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(Math.max(...sideBySide.map((running) => running.length))).toBe(2);
  });

  it('runs work heavier than its whole room alone, and lighter work beside each other', async () => {
    const { sideBySide } = await runAll(100, [30, 250, 30, 30]);
    expect(sideBySide).toEqual([[0], [1], [2], [2, 3]]);
  });

  it('frees the room of work that failed', async () => {
    const queue = capacityQueue(1);
    await expect(queue(1, () => Promise.reject(new Error('damaged')))).rejects.toThrow('damaged');
    expect(await queue(1, async () => 'next')).toBe('next');
  });
});
