import Link from 'next/link';
import type { ArticleSummary } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';
import { articlePath } from '@/lib/articles/paths';

export function ArticleCard({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  return (
    <article className="flex gap-4 border-b border-rule py-5">
      <div className="min-w-0 flex-1">
        <h2 className="text-lg font-bold leading-snug">
          <Link href={articlePath(locale, article.slug)} className="hover:underline">
            {article.headline}
          </Link>
        </h2>
        {article.subtitles[0] && <p className="mt-1 line-clamp-2 text-sm text-muted">{article.subtitles[0]}</p>}
        <p className="mt-2 text-xs text-muted">
          <time dateTime={article.publishedAt.toISOString()}>{formatNewsTime(article.publishedAt, locale)}</time>
        </p>
      </div>
      {article.leadPhoto && (
        <img
          src={article.leadPhoto.src}
          alt=""
          width={article.leadPhoto.width}
          height={article.leadPhoto.height}
          loading="lazy"
          decoding="async"
          className="h-20 w-28 shrink-0 rounded object-cover"
        />
      )}
    </article>
  );
}
