import { describe, expect, it } from 'vitest';
import { articleSaveSchema } from '@/lib/articles/edit-schema';
import { photoTextsSchema } from '@/lib/media/schema';
import { withoutLeadingMarks } from '@/lib/text/leading-marks';

const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '본문' }] }] };
const text = (subtitles: string[]) => ({ headline: '제목', subtitles, datelineCity: '남양주', datelineOutlet: '데이트라인', body });
const save = (subtitles: string[]) => ({
  articleId: '0190a6d0-0000-7000-8000-000000000001',
  version: 1,
  slug: 'some-article',
  sectionId: null,
  deskId: null,
  authorIds: ['0190a6d0-0000-7000-8000-000000000002'],
  ko: text(subtitles),
  en: null,
  translation: { method: 'HUMAN', machineEngine: null, translatedAt: null, reviewedById: null, markCurrent: false },
});

describe('withoutLeadingMarks', () => {
  it('drops the marks the site adds, however many were typed', () => {
    expect(withoutLeadingMarks('- 상주시와 화상 회의')).toBe('상주시와 화상 회의');
    expect(withoutLeadingMarks('▲ 화상 회의 모습')).toBe('화상 회의 모습');
    expect(withoutLeadingMarks('© © 데이트라인')).toBe('데이트라인');
    expect(withoutLeadingMarks('(c) Dateline')).toBe('Dateline');
    expect(withoutLeadingMarks('(C)Dateline')).toBe('Dateline');
    for (const mark of ['–', '—', '·', '△', 'ⓒ']) expect(withoutLeadingMarks(`${mark} 남양주시`)).toBe('남양주시');
    expect(withoutLeadingMarks('  ▲- 남양주시')).toBe('남양주시');
  });

  it('keeps a minus sign, marks inside the text and text without marks', () => {
    expect(withoutLeadingMarks('-5도 한파')).toBe('-5도 한파');
    expect(withoutLeadingMarks('남양주-상주 교류 ▲ 확대')).toBe('남양주-상주 교류 ▲ 확대');
    expect(withoutLeadingMarks('Changzhou (c) 2026')).toBe('Changzhou (c) 2026');
  });
});

describe('saving with the marks typed', () => {
  it('stores subtitles without their leading dash, and a subtitle of a dash alone is empty', () => {
    const saved = articleSaveSchema.parse(save(['- 상주시와 화상 회의', '– 교류 확대']));
    expect(saved.ko.subtitles).toEqual(['상주시와 화상 회의', '교류 확대']);
    expect(articleSaveSchema.safeParse(save(['- '])).success).toBe(false);
  });

  it('stores captions without ▲ and the copyright and credit without ©', () => {
    const saved = photoTextsSchema.parse({
      ko: { alt: '회의 모습', caption: '▲ 화상 회의 모습', credit: '© 남양주시', copyright: '© 데이트라인' },
      en: { alt: 'The meeting', caption: '△ The video conference', credit: '', copyright: '(c) Dateline' },
    });
    expect(saved.ko).toEqual({ alt: '회의 모습', caption: '화상 회의 모습', credit: '남양주시', copyright: '데이트라인' });
    expect(saved.en).toEqual({ alt: 'The meeting', caption: 'The video conference', credit: null, copyright: 'Dateline' });
  });
});
