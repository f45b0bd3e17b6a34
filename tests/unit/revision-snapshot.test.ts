import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { describeChanges } from '@/lib/articles/changes';
import { articleSnapshotSchema, snapshotText, type ArticleSnapshot } from '@/lib/articles/revisions';

const snapshot: ArticleSnapshot = {
  slug: 'namyangju-library',
  status: 'DRAFT',
  sectionId: null,
  deskId: null,
  authorIds: ['0190c8a0-0000-7000-8000-000000000001'],
  photoIds: [],
  texts: [
    {
      locale: 'ko',
      headline: '남양주시 도서관 교류',
      subtitles: ['부제'],
      datelineCity: '남양주',
      datelineOutlet: '데이트라인',
      body: bodyFromParagraphs(['첫 문단', '둘째 문단']),
      textVersion: 2,
      method: 'ORIGINAL',
      machineEngine: null,
      translatedAt: null,
      translatedFromVersion: null,
      reviewedById: null,
    },
  ],
};

describe('revision snapshots', () => {
  it('survive a round trip through JSON', () => {
    expect(articleSnapshotSchema.parse(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it('refuse a body the article body schema refuses', () => {
    const broken = structuredClone(snapshot);
    broken.texts[0]!.body = { type: 'doc', content: [] };
    expect(articleSnapshotSchema.safeParse(broken).success).toBe(false);
  });

  it('give the text of a language', () => {
    expect(snapshotText(snapshot, 'ko')?.headline).toBe('남양주시 도서관 교류');
    expect(snapshotText(snapshot, 'en')).toBeUndefined();
  });

  it('compare field by field, bodies as plain text', () => {
    const after = structuredClone(snapshot);
    after.texts[0]!.body = bodyFromParagraphs(['첫 문단', '고친 문단']);
    after.slug = 'namyangju-library-exchange';
    expect(describeChanges(snapshot, after)).toEqual([
      { field: 'slug', before: 'namyangju-library', after: 'namyangju-library-exchange' },
      { field: 'body', locale: 'ko', before: '첫 문단\n\n둘째 문단', after: '첫 문단\n\n고친 문단' },
    ]);
  });
});
