import { articlePath } from '@/lib/articles/paths';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import type { MostRead as Ranking } from '@/lib/views/ranking';

/**
 * 많이 본 뉴스: the most read articles of the last 24 hours and of the last 7 days, rendered into the cached front and
 * article pages (lib/views/ranking.ts); nothing at all until readers have been counted.
 */
export function MostRead({ ranking, locale }: { ranking: Ranking; locale: Locale }) {
  const t = getMessages(locale);
  const lists = [
    { key: 'day', title: t.mostReadDay, items: ranking.day },
    { key: 'week', title: t.mostReadWeek, items: ranking.week },
  ].filter(({ items }) => items.length > 0);
  if (lists.length === 0) return null;
  return (
    <section aria-labelledby="most-read" className="mt-8 border-t-2 border-ink pt-2" data-most-read>
      <h2 id="most-read" className="text-xl font-bold">
        {t.mostRead}
      </h2>
      <div className="mt-2 grid gap-x-8 gap-y-4 sm:grid-cols-2">
        {lists.map(({ key, title, items }) => (
          <section key={key} aria-label={`${t.mostRead}: ${title}`} data-period={key}>
            <h3 className="border-b border-rule pb-1 text-sm font-semibold text-muted">{title}</h3>
            <ol>
              {items.map(({ slug, headline }, index) => (
                <li key={slug} className="flex gap-3 border-b border-rule py-2">
                  <span aria-hidden className="w-4 shrink-0 text-right font-bold text-accent">
                    {index + 1}
                  </span>
                  <a href={articlePath(locale, slug)} className="line-clamp-2 leading-snug hover:underline">
                    {headline}
                  </a>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
