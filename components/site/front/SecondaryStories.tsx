import { articlePath } from '@/lib/articles/paths';
import type { ArticleSummary } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { StoryPhoto } from './StoryPhoto';

/** The top stories under the lead, two to a row on wider screens, in the editor's order. */
export function SecondaryStories({ articles, locale }: { articles: ArticleSummary[]; locale: Locale }) {
  if (articles.length === 0) return null;
  const t = getMessages(locale);
  return (
    <section aria-labelledby="top-stories" className="border-b border-rule py-6">
      <h2 id="top-stories" className="sr-only">
        {t.topStories}
      </h2>
      <ol className="grid gap-6 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.slug} lang={article.textLocale === locale ? undefined : article.textLocale}>
            {article.leadPhoto && (
              <StoryPhoto
                photo={article.leadPhoto}
                sizes="(min-width: 48rem) 22rem, 100vw"
                className="mb-2 aspect-[3/2] w-full rounded object-cover"
              />
            )}
            <h3 className="font-bold leading-snug">
              <a href={articlePath(locale, article.slug)} className="hover:underline">
                {article.headline}
              </a>
            </h3>
            {article.subtitles[0] && <p className="mt-1 line-clamp-2 text-sm text-muted">{article.subtitles[0]}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
