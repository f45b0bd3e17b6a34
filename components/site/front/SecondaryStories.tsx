import { articlePath } from '@/lib/articles/paths';
import type { ArticleSummary } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { StoryPhoto } from './StoryPhoto';

/** The top stories under the lead in the editor's order: a thumbnail beside each on phones, two to a row with their photo above on wider screens. */
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
          <li key={article.slug} lang={article.textLocale === locale ? undefined : article.textLocale} className="flex gap-3 sm:block">
            {article.leadPhoto && (
              <StoryPhoto
                photo={article.leadPhoto}
                aspect="4x3"
                sizes="(min-width: 40rem) 22rem, 7rem"
                className="h-21 w-28 shrink-0 rounded object-cover sm:mb-2 sm:aspect-[4/3] sm:h-auto sm:w-full"
              />
            )}
            <div className="min-w-0">
              <h3 className="font-bold leading-snug">
                <a href={articlePath(locale, article.slug)} className="hover:underline">
                  {article.headline}
                </a>
              </h3>
              {article.subtitles[0] && <p className="mt-1 line-clamp-2 text-sm text-muted">{article.subtitles[0]}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
