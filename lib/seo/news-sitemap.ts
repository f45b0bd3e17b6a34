import type { Locale } from '@/lib/i18n/locales';
import { textElement } from './xml';

export type NewsSitemapEntry = { url: string; publicationName: string; language: Locale; publishedAt: Date; title: string };

/** Google only reads articles from the last two days in a news sitemap. */
export const newsSitemapWindowMs = 48 * 60 * 60 * 1000;

function renderEntry(entry: NewsSitemapEntry): string {
  return [
    '<url>',
    textElement('loc', entry.url),
    '<news:news>',
    '<news:publication>',
    textElement('news:name', entry.publicationName),
    textElement('news:language', entry.language),
    '</news:publication>',
    textElement('news:publication_date', entry.publishedAt.toISOString()),
    textElement('news:title', entry.title),
    '</news:news>',
    '</url>',
  ].join('');
}

export function renderNewsSitemap(entries: readonly NewsSitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries.map(renderEntry),
    '</urlset>',
  ].join('\n');
}
