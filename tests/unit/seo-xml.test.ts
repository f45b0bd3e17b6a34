import { describe, expect, it } from 'vitest';
import { renderNewsSitemap } from '@/lib/seo/news-sitemap';
import { renderRss } from '@/lib/seo/rss';
import { escapeXml } from '@/lib/seo/xml';

describe('XML escaping', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<b>"R&D" 'x'</b>\u0007`)).toBe('&lt;b&gt;&quot;R&amp;D&quot; &apos;x&apos;&lt;/b&gt;');
  });
});

describe('RSS feed', () => {
  const channel = {
    title: 'Dateline',
    link: 'https://news.example/en',
    feedUrl: 'https://news.example/en/rss.xml',
    description: 'News',
    language: 'en' as const,
  };

  it('writes items with a permalink guid, an RFC 822 date and escaped text', () => {
    const xml = renderRss(channel, [
      {
        title: 'A & B <meet>',
        link: 'https://news.example/en/articles/a-b',
        publishedAt: new Date('2022-05-19T07:23:00Z'),
        description: 'x',
        creators: ['Ha In-gyu'],
      },
    ]);
    expect(xml).toContain('<language>en</language>');
    expect(xml).toContain('<title>A &amp; B &lt;meet&gt;</title>');
    expect(xml).toContain('<guid isPermaLink="true">https://news.example/en/articles/a-b</guid>');
    expect(xml).toContain('<pubDate>Thu, 19 May 2022 07:23:00 GMT</pubDate>');
    expect(xml).toContain('<dc:creator>Ha In-gyu</dc:creator>');
  });
});

describe('news sitemap', () => {
  it('names the publication, language, date and title of each article', () => {
    const xml = renderNewsSitemap([
      {
        url: 'https://news.example/ko/articles/a',
        publicationName: '데이트라인',
        language: 'ko',
        publishedAt: new Date('2022-05-19T07:23:00Z'),
        title: '남양주 "교류"',
      },
    ]);
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).toContain(
      '<news:publication><news:name>데이트라인</news:name><news:language>ko</news:language></news:publication>' +
        '<news:publication_date>2022-05-19T07:23:00.000Z</news:publication_date><news:title>남양주 &quot;교류&quot;</news:title>',
    );
  });
});
