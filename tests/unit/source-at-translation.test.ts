import { describe, expect, it } from 'vitest';
import { sourceTextInSnapshot } from '@/lib/translation/source-at-translation';
import { seedArticleEn, seedArticleKo } from '@/prisma/seed/article-namyangju-sangju';

describe('the Korean text in a revision snapshot', () => {
  it('is found among the texts, whatever else the snapshot and its texts hold', () => {
    const snapshot = {
      slug: 'x',
      status: 'PUBLISHED',
      texts: [
        { ...seedArticleEn, textVersion: 2 },
        { ...seedArticleKo, textVersion: 3 },
      ],
    };
    expect(sourceTextInSnapshot(snapshot)).toEqual({
      headline: seedArticleKo.headline,
      subtitles: seedArticleKo.subtitles,
      body: seedArticleKo.body,
    });
  });

  it('is null when the snapshot holds no readable Korean text', () => {
    expect(sourceTextInSnapshot(null)).toBeNull();
    expect(sourceTextInSnapshot({ texts: [seedArticleEn] })).toBeNull();
    expect(sourceTextInSnapshot({ texts: [{ ...seedArticleKo, body: '<p>HTML</p>' }] })).toBeNull();
  });
});
