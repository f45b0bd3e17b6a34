import Link from 'next/link';
import { articlesPath } from '@/lib/articles/admin-paths';
import type { StaffArticleRow } from '@/lib/articles/staff-listing';
import { articleMessages } from '@/lib/i18n/admin/articles';
import type { Locale } from '@/lib/i18n/locales';
import { ArticleTable } from './ArticleTable';

type Lists = { inReview: StaffArticleRow[]; staleTranslations: StaffArticleRow[]; scheduledToday: StaffArticleRow[] };

/** The dashboard's three lists, each with a link to the whole filtered article list. */
export function AttentionLists({ lists, locale }: { lists: Lists; locale: Locale }) {
  const t = articleMessages[locale];
  const sections = [
    { id: 'in-review', title: t.inReview, rows: lists.inReview, all: `${articlesPath}?status=IN_REVIEW` },
    { id: 'stale-translations', title: t.staleTranslations, rows: lists.staleTranslations, all: `${articlesPath}?translation=stale` },
    { id: 'scheduled-today', title: t.scheduledToday, rows: lists.scheduledToday, all: `${articlesPath}?status=SCHEDULED` },
  ];
  return (
    <div className="mt-8 flex flex-col gap-10">
      {sections.map(({ id, title, rows, all }) => (
        <section key={id} aria-labelledby={id}>
          <div className="flex items-baseline justify-between gap-4">
            <h2 id={id} className="text-lg font-bold">
              {title}
            </h2>
            <Link href={all} className="text-sm underline">
              {t.showAll}
            </Link>
          </div>
          {rows.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t.nothingHere}</p>
          ) : (
            <ArticleTable rows={rows} locale={locale} caption={title} />
          )}
        </section>
      ))}
    </div>
  );
}
