import type { ReactNode } from 'react';
import { articlePath } from '@/lib/articles/paths';
import type { ArticleSummary } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';

type Props = {
  article: ArticleSummary;
  locale: Locale;
  /** `li` inside a result list; `article` on its own. */
  as?: 'article' | 'li';
  /** Replace the plain headline and first subtitle, e.g. with search matches marked. */
  headline?: ReactNode;
  teaser?: ReactNode;
};

/** One story in a list: headline, a line of teaser, time, thumbnail. */
export function ArticleCard({ article, locale, as: Tag = 'article', headline, teaser }: Props) {
  const shownTeaser = teaser ?? article.subtitles[0];
  const thumbnail = article.leadPhoto?.framed['1x1'];
  return (
    <Tag lang={article.textLocale === locale ? undefined : article.textLocale} className="flex gap-4 border-b border-rule py-5">
      <div className="min-w-0 flex-1">
        <h2 className="text-lg font-bold leading-snug">
          <a href={articlePath(locale, article.slug)} className="hover:underline">
            {headline ?? article.headline}
          </a>
        </h2>
        {shownTeaser && <p className="mt-1 line-clamp-2 text-sm text-muted">{shownTeaser}</p>}
        <p className="mt-2 text-xs text-muted">
          <time dateTime={article.publishedAt.toISOString()}>{formatNewsTime(article.publishedAt, locale)}</time>
        </p>
      </div>
      {thumbnail && (
        <picture className="shrink-0">
          {/* The smallest square copy that fills 5rem on any screen: lists show many of them. */}
          {thumbnail.sources.map((source) => (
            <source key={source.type} type={source.type} srcSet={source.srcSet} sizes="5rem" />
          ))}
          <img
            src={thumbnail.src}
            alt=""
            width={thumbnail.width}
            height={thumbnail.height}
            loading="lazy"
            decoding="async"
            className="size-20 rounded object-cover"
            style={{ objectPosition: thumbnail.position }}
          />
        </picture>
      )}
    </Tag>
  );
}
