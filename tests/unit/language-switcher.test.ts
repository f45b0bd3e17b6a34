import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LanguageSwitcher } from '@/components/site/LanguageSwitcher';
import { articlePath } from '@/lib/articles/paths';
import type { Locale } from '@/lib/i18n/locales';

const story = (locale: Locale, available: readonly Locale[]) =>
  renderToStaticMarkup(createElement(LanguageSwitcher, { locale, pathFor: (other: Locale) => articlePath(other, 'story'), available }));

describe('the header’s language switch on an article without an English version', () => {
  it('on the Korean page, still leads to the English page but says, in English, that there is no translation yet', () => {
    const html = story('ko', ['ko']);
    expect(html).toContain('<span aria-current="page" class="font-semibold">한국어</span>');
    expect(html).toContain('<li lang="en"><a href="/en/articles/story" hrefLang="en" class="underline underline-offset-2">English</a>');
    expect(html).toContain('(not translated yet)');
  });

  it('on the English page (the Korean shown), says so and links to the Korean', () => {
    const html = story('en', ['ko']);
    expect(html).toContain('<a href="/ko/articles/story" hrefLang="ko" class="underline underline-offset-2">한국어</a>');
    expect(html).toMatch(
      /<span aria-current="page" class="font-semibold">English<\/span><span class="text-muted"> \(not translated yet\)<\/span>/u,
    );
  });

  it('says nothing of the kind for a translated article', () => {
    expect(story('ko', ['ko', 'en'])).not.toContain('translated');
  });
});
