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
      {article.leadPhoto && (
        <picture className="shrink-0">
          {/* The smallest copy that fills 7rem on any screen: lists show many of them. */}
          {article.leadPhoto.sources.map((source) => (
            <source key={source.type} type={source.type} srcSet={source.srcSet} sizes="7rem" />
          ))}
          <img
            src={article.leadPhoto.src}
            alt=""
            width={article.leadPhoto.width}
            height={article.leadPhoto.height}
            loading="lazy"
            decoding="async"
            className="h-20 w-28 rounded object-cover"
          />
        </picture>
      )}
    </Tag>
  );
}
