import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articlePath } from '@/lib/articles/paths';
import { locales } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/seo/alternates';
import { absoluteUrl, frontPagePath } from '@/lib/seo/urls';

const slug = 'namyangju-changzhou-video-conference';
const pathFor = (locale: 'ko' | 'en') => articlePath(locale, slug);

beforeEach(() => vi.stubEnv('SITE_URL', 'https://news.example'));
afterEach(() => vi.unstubAllEnvs());

describe('hreflang alternates', () => {
  it('lists every language version, itself included, on each version, with x-default on the Korean one', () => {
    const expected = {
      ko: `https://news.example/ko/articles/${slug}`,
      en: `https://news.example/en/articles/${slug}`,
      'x-default': `https://news.example/ko/articles/${slug}`,
    };
    for (const locale of locales) {
      const alternates = languageAlternates(pathFor, ['en', 'ko'], locale);
      expect(alternates.languages).toEqual(expected);
      expect(alternates.canonical).toBe(expected[locale]);
    }
  });

  it('lists only the languages the article exists in', () => {
    expect(languageAlternates(pathFor, ['ko'], 'ko')).toEqual({
      canonical: `https://news.example/ko/articles/${slug}`,
      languages: { ko: `https://news.example/ko/articles/${slug}`, 'x-default': `https://news.example/ko/articles/${slug}` },
    });
  });

  it('makes the Korean original canonical when the page is shown in a language it lacks', () => {
    expect(languageAlternates(pathFor, ['ko'], 'en').canonical).toBe(`https://news.example/ko/articles/${slug}`);
  });

  it('builds the front pages the same way', () => {
    expect(languageAlternates(frontPagePath, locales, 'en')).toEqual({
      canonical: 'https://news.example/en',
      languages: { ko: 'https://news.example/ko', en: 'https://news.example/en', 'x-default': 'https://news.example/ko' },
    });
  });
});

describe('absolute URLs', () => {
  it('keep a base path in SITE_URL', () => {
    vi.stubEnv('SITE_URL', 'https://example.com/news/');
    expect(absoluteUrl('/ko')).toBe('https://example.com/news/ko');
  });
});
