import { describe, expect, it } from 'vitest';
import { createReaderLimits, readerRates, secondsUntilAvailable, spend } from '@/lib/comments/rate-limits';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';

describe('reader rate limits', () => {
  it('let one comment through per 15 seconds, and say how long to wait without spending', async () => {
    const limits = createReaderLimits(createMemoryLimiter);
    const budgets = [{ limiter: limits.commentPerAddress, key: 'address' }];
    expect(await secondsUntilAvailable(budgets)).toBe(0);
    expect(await spend(budgets)).toBe(0);
    expect(await secondsUntilAvailable(budgets)).toBe(15);
    expect(await secondsUntilAvailable(budgets)).toBe(15);
    expect(await spend(budgets)).toBe(15);
  });

  it('refuse when any one budget is spent, naming the longest wait', async () => {
    const limits = createReaderLimits(createMemoryLimiter);
    const burst = { limiter: limits.commentBurstPerAddress, key: 'address' };
    for (let i = 0; i < readerRates.commentBurstPerAddress.points; i++) expect(await spend([burst])).toBe(0);
    const both = [{ limiter: limits.commentPerNickname, key: 'fresh nickname' }, burst];
    expect(await secondsUntilAvailable(both)).toBe(600);
    expect(await spend(both)).toBe(600);
  });

  it('keep keys apart', async () => {
    const limits = createReaderLimits(createMemoryLimiter);
    expect(await spend([{ limiter: limits.commentPerAddress, key: 'one' }])).toBe(0);
    expect(await spend([{ limiter: limits.commentPerAddress, key: 'two' }])).toBe(0);
  });
});
