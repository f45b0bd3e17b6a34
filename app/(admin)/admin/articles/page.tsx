import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleFilters } from '@/components/admin/articles/ArticleFilters';
import { ArticleTable } from '@/components/admin/articles/ArticleTable';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireArticleAccess } from '@/lib/articles/admin-access';
import { articlesPath, newArticlePath } from '@/lib/articles/admin-paths';
import { loadEditorOptions } from '@/lib/articles/editor-data';
import { listArticlesForStaff, staffArticleFilterSchema } from '@/lib/articles/staff-listing';
import { can } from '@/lib/auth/permissions';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).articles.listTitle };
}

function pagePath(filter: Record<string, string | undefined>, after?: string): string {
  const query = new URLSearchParams(Object.entries({ ...filter, after }).filter((entry): entry is [string, string] => !!entry[1]));
  return query.size > 0 ? `${articlesPath}?${query}` : articlesPath;
}

export default async function ArticlesPage({ searchParams }: Props) {
  const staff = await requireArticleAccess();
  const t = getAdminMessages(staff.uiLocale).articles;
  const filter = staffArticleFilterSchema.parse(await searchParams);
  const db = getDatabase();
  const [page, options] = await Promise.all([listArticlesForStaff(db, staff, filter), loadEditorOptions(db)]);
  const { after, ...filters } = filter;
  return (
    <>
      <div className="mb-6 flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{t.listTitle}</h1>
        {can(staff.role, 'article.create') && (
          <Link href={newArticlePath} className="font-semibold text-accent hover:underline">
            {t.newArticle}
          </Link>
        )}
      </div>
      <ArticleFilters filter={filter} sections={options.sections} staff={options.staff} locale={staff.uiLocale} />
      <div className="mt-6">
        <ArticleTable rows={page.items} locale={staff.uiLocale} caption={t.listCaption} />
      </div>
      {(page.nextCursor || after) && (
        <nav aria-label={t.pagesLabel} className="flex gap-4 py-6 text-sm font-semibold">
          {after && (
            <Link href={pagePath(filters)} className="underline">
              {t.newestArticles}
            </Link>
          )}
          {page.nextCursor && (
            <Link href={pagePath(filters, page.nextCursor)} rel="next" className="ml-auto underline">
              {t.olderArticles}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
