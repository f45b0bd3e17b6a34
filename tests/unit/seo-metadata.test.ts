import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleDescription } from '@/lib/seo/article-facts';
import { articleMetadata, frontPageMetadata } from '@/lib/seo/metadata';
import { englishArticleView } from '../support/article-view';

beforeEach(() => vi.stubEnv('SITE_URL', 'https://news.example'));
afterEach(() => vi.unstubAllEnvs());

describe('article metadata', () => {
  it('gives social cards the lead photo with an absolute address, and the page its feed', () => {
    const metadata = articleMetadata(englishArticleView(), 'en');
    expect(metadata.title).toBe('Namyangju and Changzhou, China hold video conference to expand exchanges | Dateline');
    const image = {
      url: 'https://news.example/media/photos/conference.jpg',
      width: 1200,
      height: 800,
      alt: 'Officials meeting by video conference',
    };
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: 'https://news.example/en/articles/namyangju-changzhou-video-conference',
      siteName: 'Dateline',
      locale: 'en_US',
      alternateLocale: ['ko_KR'],
      publishedTime: '2022-05-19T07:23:00.000Z',
      modifiedTime: '2022-05-19T07:23:00.000Z',
      images: [image],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [image] });
    expect(metadata.alternates?.feed).toEqual({ url: 'https://news.example/en/rss.xml', title: 'Dateline' });
  });

  it('falls back to a plain summary card without a photo', () => {
    expect(articleMetadata(englishArticleView({ photos: [] }), 'en').twitter).toMatchObject({ card: 'summary' });
  });
});

describe('front page metadata', () => {
  it('is titled by the site name alone, in the page language', () => {
    const metadata = frontPageMetadata('ko');
    expect(metadata.title).toBe('데이트라인');
    expect(metadata.alternates?.canonical).toBe('https://news.example/ko');
    expect(metadata.openGraph).toMatchObject({ type: 'website', locale: 'ko_KR', alternateLocale: ['en_US'] });
  });
});

describe('descriptions', () => {
  it('shorten a long body at a word boundary', () => {
    const description = articleDescription([], 'word '.repeat(100));
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/word…$/);
  });
});
