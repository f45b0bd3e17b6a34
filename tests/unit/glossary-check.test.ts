import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs, bodyToPlainText } from '@/lib/articles/body';
import { checkGlossary, literalRenderings } from '@/lib/translation/glossary-check';
import type { ComparableText } from '@/lib/translation/text-sections';
import { seedArticleEn, seedArticleKo } from '@/prisma/seed/article-namyangju-sangju';

const glossary = [
  { ko: '상주시', en: 'Changzhou' },
  { ko: '남양주시', en: 'Namyangju' },
];

const text = (headline: string, ...paragraphs: string[]): ComparableText => ({
  headline,
  subtitles: [],
  body: bodyFromParagraphs(paragraphs),
});

describe('glossary check on the seed article', () => {
  const warnings = checkGlossary(glossary, seedArticleKo, seedArticleEn);

  it('flags "Sangju", the second rendering of 상주시, where it stands: body paragraph 2', () => {
    expect(bodyToPlainText(seedArticleEn.body)).toContain('the head of the library in Sangju');
    expect(warnings).toEqual([
      {
        term: { ko: '상주시', en: 'Changzhou' },
        kind: 'otherRendering',
        severity: 'warning',
        found: 'Sangju',
        place: { part: 'paragraph', index: 1 },
        message: {
          ko: '본문 2문단에 ‘상주시’의 다른 표기가 쓰였습니다: Sangju (용어집 표기: Changzhou)',
          en: 'Paragraph 2 renders 상주시 as “Sangju”; the glossary’s rendering is “Changzhou”.',
        },
      },
    ]);
  });

  it('has nothing to say once Sangju reads Changzhou', () => {
    const paragraphs = bodyToPlainText(seedArticleEn.body).replace('library in Sangju', 'library in Changzhou').split('\n\n');
    expect(checkGlossary(glossary, seedArticleKo, { ...seedArticleEn, body: bodyFromParagraphs(paragraphs) })).toEqual([]);
  });
});

describe('glossary check', () => {
  it('says where the Korean uses a term whose rendering the English never has', () => {
    const warnings = checkGlossary(
      glossary,
      text('상주시 회의', '중국 상주시와 교류'),
      text('Meeting in Sangju-si', 'Exchanges with Sangju, China'),
    );
    expect(warnings.map(({ kind, message }) => ({ kind, message: message.en }))).toEqual([
      {
        kind: 'missingRendering',
        message: 'The English text never uses “Changzhou”, the glossary’s rendering of 상주시 (Korean: Headline, Paragraph 1).',
      },
      { kind: 'otherRendering', message: 'Headline renders 상주시 as “Sangju-si”; the glossary’s rendering is “Changzhou”.' },
      { kind: 'otherRendering', message: 'Paragraph 1 renders 상주시 as “Sangju”; the glossary’s rendering is “Changzhou”.' },
    ]);
    expect(warnings[0]?.message.ko).toBe('영문에 ‘상주시’의 용어집 표기가 없습니다: Changzhou (원문: 제목, 본문 1문단)');
  });

  it('notes, softly, when a term is used notably more often in Korean than its rendering in English', () => {
    const ko = text('상주시 소식', '상주시 관계자, 상주시 도서관장', '상주시 외사판공실');
    const [warning, ...rest] = checkGlossary(glossary, ko, text('News from Changzhou', 'Officials', 'Foreign affairs office'));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ kind: 'countMismatch', severity: 'note', koCount: 4, enCount: 1 });
    expect(warning?.message).toEqual({
      ko: '원문의 ‘상주시’ 4회, 영문의 Changzhou 1회: 빠진 곳이 없는지 확인하세요.',
      en: '상주시 appears 4 times in the Korean text but “Changzhou” once in the English: check nothing was left out.',
    });
  });

  it('lets a longer term claim its text: 양주시 inside 남양주시 is not 양주시', () => {
    const terms = [...glossary, { ko: '양주시', en: 'Yangju' }];
    expect(checkGlossary(terms, text('남양주시 소식', '남양주시는'), text('Namyangju news', 'Namyangju City'))).toEqual([]);
  });

  it('ignores terms the Korean does not use, and matches English whole words in any case', () => {
    expect(checkGlossary(glossary, text('서울 소식', '본문'), text('Sangju news', 'Body'))).toEqual([]);
    expect(checkGlossary(glossary, text('상주시'), text('CHANGZHOU'))).toEqual([]);
    expect(checkGlossary(glossary, text('상주시'), text('Changzhouville')).map((w) => w.kind)).toEqual(['missingRendering']);
  });

  it('does not count the rendering as another rendering when they are spelt alike', () => {
    expect(checkGlossary([{ ko: '서울', en: 'Seoul' }], text('서울 소식'), text('Seoul news'))).toEqual([]);
  });

  it('matches decomposed Korean (as pasted from macOS) against composed terms', () => {
    expect(checkGlossary(glossary, text('상주시'.normalize('NFD')), text('Sangju')).map((w) => w.kind)).toEqual([
      'missingRendering',
      'otherRendering',
    ]);
  });
});

describe('literal renderings', () => {
  it('romanizes a city with and without its suffix', () => {
    expect(literalRenderings('상주시')).toEqual(['sangjusi', 'sangju-si', 'sangju si', 'sangju']);
  });

  it('keeps the suffix of a one-syllable base, which alone would match family names', () => {
    expect(literalRenderings('중구')).toEqual(['junggu']);
  });
});
