import type { ArticleSummary, PhotoView } from '@/lib/articles/queries';
import { articlePath } from '@/lib/articles/paths';
import { isLocale, sourceLocale, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/seo/urls';
import type { ArticleSummaryAnswer, Photo } from './schemas';

/** The language a text is in, as the API names it: a text in no language the site knows reads as the source's. */
export const answerLocale = (textLocale: string): Locale => (isLocale(textLocale) ? textLocale : sourceLocale);

/** `/media/a-800.avif 800w, …` as the copies it lists; media addresses are URI-encoded, so hold no space or comma. */
function variantsOf(sources: PhotoView['sources']): Photo['variants'] {
  return sources.flatMap(({ type, srcSet }) =>
    srcSet.split(', ').map((entry) => {
      const [path = '', width = ''] = entry.split(' ');
      return { url: absoluteUrl(path), type, width: Number.parseInt(width, 10) };
    }),
  );
}

export function toApiPhoto(photo: PhotoView): Photo {
  const { id, width, height, alt, caption, credit, copyright } = photo;
  const crops = Object.fromEntries(
    Object.entries(photo.framed).map(([aspect, framed]) => [
      aspect,
      {
        url: absoluteUrl(framed.src),
        width: framed.width,
        height: framed.height,
        position: framed.position,
        variants: variantsOf(framed.sources),
      },
    ]),
  ) as Photo['crops'];
  return { id, url: absoluteUrl(photo.src), width, height, alt, caption, credit, copyright, variants: variantsOf(photo.sources), crops };
}

export function toApiSummary(article: ArticleSummary, locale: Locale): ArticleSummaryAnswer {
  return {
    slug: article.slug,
    locale: answerLocale(article.textLocale),
    headline: article.headline,
    subtitles: article.subtitles,
    publishedAt: article.publishedAt.toISOString(),
    url: absoluteUrl(articlePath(locale, article.slug)),
    leadPhoto: article.leadPhoto && toApiPhoto(article.leadPhoto),
  };
}
