import '#server-only';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleBody } from '@/components/articles/ArticleBody';
import type { ArticleView, PhotoView } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/seo/urls';

/** Photo addresses on another site's page: absolute. Media paths are URI-encoded, so a srcset splits on ", " safely. */
function absolutePhoto(photo: PhotoView): PhotoView {
  const sources = photo.sources.map((source) => ({ ...source, srcSet: source.srcSet.split(', ').map(absoluteUrl).join(', ') }));
  return { ...photo, src: absoluteUrl(photo.src), sources };
}

/**
 * The body as the article page shows it, as HTML: rendered by the site's one body renderer, so it holds only the
 * nodes, marks and safe links the stored document allows, with every text escaped by React.
 */
export function bodyHtml(article: Pick<ArticleView, 'body' | 'photos'>, locale: Locale): string {
  const photos = new Map(article.photos.map((photo) => [photo.id, absolutePhoto(photo)]));
  return renderToStaticMarkup(createElement(ArticleBody, { body: article.body, photos, locale }));
}
