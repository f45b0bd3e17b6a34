import type { RssArticle } from '@/lib/articles/feeds';
import { articlePath } from '@/lib/articles/paths';
import { articleDescription } from './article-facts';
import { renderRss, type RssChannel } from './rss';
import { absoluteUrl } from './urls';
import { xmlResponse } from './xml';

/** A feed of articles in `locale` (the site's, or a tag's), each linked to its page in that language. */
export function articleRssResponse(channel: RssChannel, articles: readonly RssArticle[]): Response {
  const items = articles.map((article) => ({
    title: article.headline,
    link: absoluteUrl(articlePath(channel.language, article.slug)),
    publishedAt: article.publishedAt,
    description: articleDescription(article.subtitles, article.bodyText),
    creators: article.authorNames,
  }));
  return xmlResponse(renderRss(channel, items), 'application/rss+xml');
}
