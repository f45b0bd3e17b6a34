import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { englishArticleView } from '../support/article-view';

const page = 'https://news.example/en/articles/namyangju-changzhou-video-conference';

beforeEach(() => vi.stubEnv('SITE_URL', 'https://news.example'));
afterEach(() => vi.unstubAllEnvs());

describe('NewsArticle JSON-LD', () => {
  it('describes the English page of a translated article', () => {
    expect(newsArticleJsonLd(englishArticleView(), 'en')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': page },
      url: page,
      headline: 'Namyangju and Changzhou, China hold video conference to expand exchanges',
      description: 'Discussion on library exchanges through video conference',
      inLanguage: 'en',
      datePublished: '2022-05-19T07:23:00.000Z',
      dateModified: '2022-05-19T07:23:00.000Z',
      image: ['https://news.example/media/photos/conference.jpg'],
      author: [{ '@type': 'Person', name: 'Ha In-gyu', url: 'https://news.example/en/reporters/ha-in-gyu' }],
      publisher: { '@type': 'Organization', name: 'Dateline', url: 'https://news.example/en' },
      translationOfWork: {
        '@type': 'NewsArticle',
        url: 'https://news.example/ko/articles/namyangju-changzhou-video-conference',
        inLanguage: 'ko',
      },
    });
  });

  it('dates a revised article by its revision and describes it by its body when it has no subtitle', () => {
    const jsonLd = newsArticleJsonLd(englishArticleView({ subtitles: [], revisedAt: new Date('2022-05-20T01:00:00Z') }), 'en');
    expect(jsonLd.dateModified).toBe('2022-05-20T01:00:00.000Z');
    expect(jsonLd.description).toBe('Namyangju City held a video conference on the 18th.');
  });

  it('gives the Korean original no translation link, and the Korean fallback of a missing translation its own language', () => {
    const korean = englishArticleView({ textLocale: 'ko', headline: '남양주시, 화상 회의 개최' });
    expect(newsArticleJsonLd(korean, 'ko')).not.toHaveProperty('translationOfWork');
    const fallback = newsArticleJsonLd({ ...korean, availableLocales: ['ko'] }, 'en');
    expect(fallback).toMatchObject({ inLanguage: 'ko', url: 'https://news.example/ko/articles/namyangju-changzhou-video-conference' });
  });
});

describe('JSON-LD serialisation', () => {
  it('cannot close the script element it is written into', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
