import type { ReactNode } from 'react';
import { ArticleBody } from '@/components/articles/ArticleBody';
import { ArticlePhoto } from '@/components/articles/ArticlePhoto';
import { Byline } from '@/components/articles/Byline';
import { Corrections } from '@/components/articles/Corrections';
import { bodyPhotoIds } from '@/lib/articles/body';
import { composeDateline } from '@/lib/articles/dateline';
import type { ArticleView } from '@/lib/articles/queries';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

type Props = {
  article: ArticleView;
  locale: Locale;
  /** Beside the byline: the public page's comment count (the staff preview has none). */
  commentLink?: ReactNode;
};

/** The story as readers see it, headline to sign-off: the public article page and the staff preview both show this. */
export function ArticleStory({ article, locale, commentLink }: Props) {
  const t = getMessages(locale);
  const textLocale = isLocale(article.textLocale) ? article.textLocale : locale;
  const dateline = composeDateline(
    {
      city: article.datelineCity,
      outlet: article.datelineOutlet,
      desk: article.desk,
      reporters: article.authors.map((a) => a.name),
    },
    textLocale,
  );
  // Each photo shows once: where the body places it, else above the body in the article's order, lead first.
  const placed = new Set(bodyPhotoIds(article.body));
  const photosById = new Map(article.photos.map((photo) => [photo.id, photo]));
  return (
    <>
      <div lang={textLocale === locale ? undefined : textLocale}>
        <header className="mt-4 space-y-3 border-b border-rule pb-5">
          <h1 className="text-3xl font-extrabold leading-tight">{article.headline}</h1>
          {article.subtitles.length > 0 && (
            <ul className="space-y-1 text-lg text-muted">
              {article.subtitles.map((subtitle) => (
                <li key={subtitle}>- {subtitle}</li>
              ))}
            </ul>
          )}
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <Byline authors={article.authors} publishedAt={article.publishedAt} revisedAt={article.revisedAt} locale={locale} />
            {commentLink}
          </div>
        </header>
        {article.photos
          .filter((photo) => !placed.has(photo.id))
          .map((photo, i) => (
            <ArticlePhoto key={photo.id} photo={photo} locale={locale} priority={i === 0} />
          ))}
        <ArticleBody body={article.body} lead={dateline} photos={photosById} locale={locale} />
        <Corrections corrections={article.corrections} correctedLocales={article.correctedLocales} locale={textLocale} />
      </div>
      <footer className="mt-8 text-sm">
        {article.authors.map((author) => (
          <p key={author.slug}>
            {t.reporterTitle(author.name)}
            {author.contactEmail && (
              <>
                {' '}
                <a href={`mailto:${author.contactEmail}`}>{author.contactEmail}</a>
              </>
            )}
          </p>
        ))}
      </footer>
    </>
  );
}
