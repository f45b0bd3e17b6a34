import type { Locale } from '@/lib/i18n/locales';
import { escapeXml, textElement } from './xml';

export type RssChannel = { title: string; link: string; feedUrl: string; description: string; language: Locale };
export type RssItem = { title: string; link: string; publishedAt: Date; description: string; creators: readonly string[] };

function renderItem(item: RssItem): string {
  return [
    '<item>',
    textElement('title', item.title),
    textElement('link', item.link),
    `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
    // toUTCString is RFC 822's form: Thu, 19 May 2022 07:23:00 GMT.
    textElement('pubDate', item.publishedAt.toUTCString()),
    textElement('description', item.description),
    ...item.creators.map((name) => textElement('dc:creator', name)),
    '</item>',
  ].join('');
}

/** An RSS 2.0 document, with the self link feed readers and validators expect. */
export function renderRss(channel: RssChannel, items: readonly RssItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    textElement('title', channel.title),
    textElement('link', channel.link),
    textElement('description', channel.description),
    textElement('language', channel.language),
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items.map(renderItem),
    '</channel>',
    '</rss>',
  ].join('\n');
}
