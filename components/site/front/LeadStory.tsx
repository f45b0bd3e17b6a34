import { articlePath } from '@/lib/articles/paths';
import type { ArticleSummary } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { formatNewsTime } from '@/lib/i18n/time';
import { StoryPhoto } from './StoryPhoto';

/** The front page's lead: a large photo, the headline and its subtitles. */
export function LeadStory({ article, locale }: { article: ArticleSummary; locale: Locale }) {
  const t = getMessages(locale);
  return (
    <section aria-labelledby="lead-story" className="border-b border-rule py-6">
      <h2 id="lead-story" className="sr-only">
        {t.leadStory}
      </h2>
      <article lang={article.textLocale === locale ? undefined : article.textLocale}>
        {article.leadPhoto && (
          <a href={articlePath(locale, article.slug)} tabIndex={-1} aria-hidden="true">
            <StoryPhoto
              photo={article.leadPhoto}
              aspect="16x9"
              sizes="(min-width: 48rem) 46rem, 100vw"
              className="aspect-[16/9] w-full rounded object-cover"
              lead
            />
          </a>
        )}
        <h3 className="mt-4 text-2xl font-bold leading-tight sm:text-3xl">
          <a href={articlePath(locale, article.slug)} className="hover:underline">
            {article.headline}
          </a>
        </h3>
        {article.subtitles.length > 0 && (
          <ul className="mt-2 space-y-1 text-muted">
            {article.subtitles.map((subtitle) => (
              <li key={subtitle}>{subtitle}</li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-xs text-muted">
          <time dateTime={article.publishedAt.toISOString()}>{formatNewsTime(article.publishedAt, locale)}</time>
        </p>
      </article>
    </section>
  );
}
