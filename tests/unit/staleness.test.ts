import { describe, expect, it } from 'vitest';
import { isTranslationStale } from '@/lib/articles/staleness';

describe('translation staleness', () => {
  it('is current when made from the latest source version', () => {
    expect(isTranslationStale({ translatedFromVersion: 3 }, { textVersion: 3 })).toBe(false);
  });

  it('is stale once the source changed after it was made', () => {
    expect(isTranslationStale({ translatedFromVersion: 3 }, { textVersion: 4 })).toBe(true);
  });

  it('never marks the source itself, or a text without a translation record', () => {
    expect(isTranslationStale({ translatedFromVersion: null }, { textVersion: 9 })).toBe(false);
    expect(isTranslationStale({ translatedFromVersion: 1 }, undefined)).toBe(false);
  });
});
