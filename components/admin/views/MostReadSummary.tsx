import Link from 'next/link';
import { editorPath } from '@/lib/articles/admin-paths';
import { formatViews, viewMessages } from '@/lib/i18n/admin/views';
import type { Locale } from '@/lib/i18n/locales';
import type { MostReadForStaff, ViewTotals } from '@/lib/views/staff-view-counts';

/** The dashboard's view figures: the site's total today and over 7 days, and the week's most read articles. */
export function MostReadSummary({ totals, mostRead, locale }: { totals: ViewTotals; mostRead: MostReadForStaff[]; locale: Locale }) {
  const t = viewMessages[locale];
  const count = (n: number) => formatViews(n, locale);
  return (
    <section aria-labelledby="most-read" className="mt-8">
      <h2 id="most-read" className="text-lg font-bold">
        {t.mostReadTitle}
      </h2>
      <p className="mt-1 text-sm" data-view-totals>
        {t.totals(count(totals.today), count(totals.week))}
      </p>
      {mostRead.length === 0 ? (
        <p className="py-4 text-muted">{t.noViews}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{t.mostReadCaption}</caption>
            <thead className="border-b border-rule">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t.headline}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t.today}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t.week}
                </th>
              </tr>
            </thead>
            <tbody>
              {mostRead.map((article) => (
                <tr key={article.id} className="border-b border-rule">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    <Link href={editorPath(article.id)} lang="ko" className="hover:underline">
                      {article.headline}
                    </Link>
                  </th>
                  <td className="py-2 pr-4 text-right tabular-nums">{count(article.today)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{count(article.week)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-2 text-xs text-muted">{t.howCounted}</p>
    </section>
  );
}
