import { describe, expect, it } from 'vitest';
import { createReaderLimits, readerRates, secondsUntilAvailable, spend } from '@/lib/comments/reader/reader-limits';
import { createMemoryLimiter } from '@/lib/rate-limit/limiter';

describe('reader rate limits', () => {
  it('let one comment through per nickname per 15 seconds, and say how long to wait without spending', async () => {
    const limits = createReaderLimits(createMemoryLimiter);
    const budgets = [{ limiter: limits.commentPerNickname, key: '독자' }];
    expect(await secondsUntilAvailable(budgets)).toBe(0);
    expect(await spend(budgets)).toBe(0);
    expect(await secondsUntilAvailable(budgets)).toBe(15);
    expect(await secondsUntilAvailable(budgets)).toBe(15);
    expect(await spend(budgets)).toBe(15);
  });

  it('let fifty readers behind one address comment within ten minutes', async () => {
    const limits = createReaderLimits(createMemoryLimiter);
    const office = { limiter: limits.commentsPerAddress, key: 'shared address' };
    for (let reader = 0; reader < 50; reader++) {
      expect(await spend([office, { limiter: limits.commentPerNickname, key: `독자${reader}` }])).toBe(0);
    }
  });

  it('refuse when any one budget is spent, naming the longest wait', async () => {
    const limits = createReaderLimits(createMemoryLimiter);
    const address = { limiter: limits.commentsPerAddress, key: 'address' };
    for (let i = 0; i < readerRates.commentsPerAddress.points; i++) expect(await spend([address])).toBe(0);
    const both = [{ limiter: limits.commentPerNickname, key: 'fresh nickname' }, address];
    expect(await secondsUntilAvailable(both)).toBe(600);
    expect(await spend(both)).toBe(600);
  });

  it('keep keys apart', async () => {
    const limits = createReaderLimits(createMemoryLimiter);
    expect(await spend([{ limiter: limits.commentPerNickname, key: 'one' }])).toBe(0);
    expect(await spend([{ limiter: limits.commentPerNickname, key: 'two' }])).toBe(0);
  });
});
