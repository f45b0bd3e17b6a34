import Link from 'next/link';
import { editorPath } from '@/lib/articles/admin-paths';
import type { StaffArticleRow } from '@/lib/articles/staff-listing';
import { articleMessages } from '@/lib/i18n/admin/articles';
import { formatViews, viewMessages } from '@/lib/i18n/admin/views';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';

/** Articles as rows: headline (Korean, with the English below), status, section, reporters, translation, last change. */
export function ArticleTable({ rows, locale, caption }: { rows: StaffArticleRow[]; locale: Locale; caption: string }) {
  const t = articleMessages[locale];
  const v = viewMessages[locale];
  if (rows.length === 0) return <p className="py-4 text-muted">{t.noArticles}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-rule">
          <tr>
            <th scope="col" className="py-2 pr-4">
              {t.headline}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.status}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.section}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.author}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.translation}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.updated}
            </th>
            <th scope="col" className="whitespace-nowrap py-2 pr-4 text-right">
              {v.views} <span className="block text-xs font-normal text-muted">{v.viewsHint}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule align-top">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={editorPath(row.id)} lang="ko" className="hover:underline">
                  {row.headline}
                </Link>
                {row.englishHeadline && (
                  <span lang="en" className="block font-normal text-muted">
                    {row.englishHeadline}
                  </span>
                )}
              </th>
              <td className="py-2 pr-4">
                {t.statuses[row.status]}
                {row.status === 'SCHEDULED' && row.publishedAt && (
                  <span className="block text-muted">{formatNewsTime(row.publishedAt, locale)}</span>
                )}
              </td>
              <td className="py-2 pr-4">{row.section ? localName(row.section, locale) : '—'}</td>
              <td className="py-2 pr-4">{row.authors.map((a) => localName(a, locale)).join(', ')}</td>
              <td className="py-2 pr-4">{t.translationStates[row.translation]}</td>
              <td className="py-2 pr-4">
                <time dateTime={row.updatedAt.toISOString()}>{formatNewsTime(row.updatedAt, locale)}</time>
              </td>
              <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums" data-views>
                {row.status === 'DRAFT' || row.status === 'IN_REVIEW' || row.status === 'SCHEDULED'
                  ? '—'
                  : `${formatViews(row.views.today, locale)} / ${formatViews(row.views.week, locale)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
