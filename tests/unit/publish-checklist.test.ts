import { describe, expect, it } from 'vitest';
import { publishChecklist, type PublishChecklistInput } from '@/lib/articles/publish-checklist';
import type { GlossaryWarning } from '@/lib/translation/glossary-check';

const described = {
  texts: [
    { locale: 'ko', alt: '화상 회의 모습', caption: '화상 회의', credit: '남양주시청', copyright: null },
    { locale: 'en', alt: 'The video conference', caption: 'Video conference', credit: 'Namyangju City Hall', copyright: null },
  ],
};
const ready: PublishChecklistInput = {
  sectionId: '0190a6d0-0000-7000-8000-000000000001',
  translation: { warnings: [], staleness: null },
  photos: [described],
};
const term = { ko: '상주시', en: 'Changzhou' };
const warning = (severity: 'warning' | 'note', en: string) =>
  ({
    term,
    message: { ko: `경고 ${en}`, en },
    ...(severity === 'warning'
      ? { kind: 'missingRendering', severity, koPlaces: [{ part: 'headline' }] }
      : { kind: 'countMismatch', severity, koCount: 2, enCount: 1 }),
  }) as GlossaryWarning;

describe('publishChecklist', () => {
  it('is empty for an article with a section, a current English version and described photos', () => {
    expect(publishChecklist(ready)).toEqual([]);
  });

  it('lists a missing section and a missing English version', () => {
    expect(publishChecklist({ ...ready, sectionId: null, translation: null, photos: [] })).toEqual([
      { kind: 'noSection' },
      { kind: 'englishMissing' },
    ]);
  });

  it('lists stale English and the glossary conflicts, but not the softer notes', () => {
    const checks = publishChecklist({
      ...ready,
      translation: { staleness: { changes: null }, warnings: [warning('warning', 'Use Changzhou'), warning('note', 'Counts differ')] },
    });
    expect(checks).toEqual([
      { kind: 'englishStale' },
      { kind: 'glossaryConflicts', messages: [{ ko: '경고 Use Changzhou', en: 'Use Changzhou' }] },
    ]);
  });

  it('names each photo without alt text or a credit by its place, and a copyright line counts as a credit', () => {
    const checks = publishChecklist({
      ...ready,
      photos: [
        described,
        { texts: [] },
        { texts: [{ locale: 'ko', alt: '도서관', caption: '시립 도서관', credit: null, copyright: '데이트라인' }] },
        { texts: [{ locale: 'ko', alt: ' ', caption: '', credit: null, copyright: null }] },
      ],
    });
    expect(checks).toEqual([
      { kind: 'photoUndescribed', position: 2, caption: null, gaps: ['alt', 'englishAlt', 'credit'] },
      { kind: 'photoUndescribed', position: 3, caption: '시립 도서관', gaps: ['englishAlt'] },
      { kind: 'photoUndescribed', position: 4, caption: null, gaps: ['alt', 'englishAlt', 'credit'] },
    ]);
  });

  it('does not ask for English alt text on an article without English', () => {
    const koreanOnly = { texts: [{ locale: 'ko', alt: '도서관', caption: '', credit: '남양주시', copyright: null }] };
    expect(publishChecklist({ ...ready, translation: null, photos: [koreanOnly] })).toEqual([{ kind: 'englishMissing' }]);
  });
});
