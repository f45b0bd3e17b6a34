import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TranslationChecksView } from '@/components/translation/TranslationChecks';
import { bodyFromParagraphs, bodyToPlainText } from '@/lib/articles/body';
import type { Locale } from '@/lib/i18n/locales';
import { changedSourceText } from '@/lib/translation/changed-paragraphs';
import { checkGlossary } from '@/lib/translation/glossary-check';
import type { TranslationChecks } from '@/lib/translation/translation-checks';
import { seedArticleEn, seedArticleKo } from '@/prisma/seed/article-namyangju-sangju';

const warnings = checkGlossary([{ ko: '상주시', en: 'Changzhou' }], seedArticleKo, seedArticleEn);
const [first = '', ...rest] = bodyToPlainText(seedArticleKo.body).split('\n\n');
const editedKo = { ...seedArticleKo, body: bodyFromParagraphs([first.replace('조광한', '주광덕'), ...rest.slice(1)]) };
const stale: TranslationChecks = { warnings, staleness: { changes: changedSourceText(seedArticleKo, editedKo) } };

const render = (checks: TranslationChecks, locale: Locale) =>
  renderToStaticMarkup(createElement(TranslationChecksView, { checks, locale }));

describe('translation checks, as the editor shows them', () => {
  it('shows glossary warnings in the staff member’s language', () => {
    expect(render(stale, 'ko')).toContain('본문 2문단에 ‘상주시’의 다른 표기가 쓰였습니다: Sangju');
    expect(render(stale, 'en')).toContain('Paragraph 2 renders 상주시 as “Sangju”');
  });

  it('marks changed Korean words with ins and del that screen readers announce', () => {
    const html = render(stale, 'en');
    expect(html).toContain('Paragraph 1 · changed');
    expect(html).toMatch(
      /<del[^>]*><span class="sr-only">\[deletion\] <\/span>조광한<span class="sr-only"> \[end of deletion\]<\/span><\/del>/,
    );
    expect(html).toMatch(/<ins[^>]*><span class="sr-only">\[insertion\] <\/span>주광덕/);
    expect(html).toContain('Paragraph 2 · removed');
  });

  it('says when the translated-from text is not on record, and says nothing of staleness while current', () => {
    expect(render({ warnings: [], staleness: { changes: null } }, 'ko')).toContain('번역할 때의 한국어 원문 기록이 없어');
    const current = render({ warnings: [], staleness: null }, 'ko');
    expect(current).toContain('용어집과 다르게 쓴 곳이 없습니다.');
    expect(current).not.toContain('번역 뒤에 바뀐');
  });
});
