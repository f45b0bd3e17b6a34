import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { RestoreRevisionForm } from '@/components/admin/articles/RestoreRevisionForm';
import { RevisionDiff } from '@/components/admin/articles/RevisionDiff';
import { buttonClassName, inputClassName } from '@/components/shared/FormField';
import { requireArticleAccess, requireReadableArticle } from '@/lib/articles/admin-access';
import { editorPath } from '@/lib/articles/admin-paths';
import { describeChanges } from '@/lib/articles/changes';
import { loadEditorOptions } from '@/lib/articles/editor-data';
import { findRevision, findSourceHeadline, listRevisions } from '@/lib/articles/revisions';
import { canEditArticle } from '@/lib/auth/permissions';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { formatNewsTime } from '@/lib/i18n/time';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

const versionParam = z.coerce.number().int().positive().optional().catch(undefined);

/** Every save of the article; any two compared field by field, and any one restored as a new save. */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const staff = await requireArticleAccess();
  const { id } = await params;
  const article = await requireReadableArticle(staff, id);
  const db = getDatabase();
  const [revisions, options, headline] = await Promise.all([listRevisions(db, id), loadEditorOptions(db), findSourceHeadline(db, id)]);
  const query = await searchParams;
  const to = versionParam.parse(query.to) ?? revisions[0]?.version;
  const from = versionParam.parse(query.from) ?? revisions[1]?.version;
  const known = (v: number | undefined) => v !== undefined && revisions.some((r) => r.version === v);
  const [before, after] = known(from) && known(to) ? await Promise.all([findRevision(db, id, from!), findRevision(db, id, to!)]) : [];
  const t = getAdminMessages(staff.uiLocale);
  const ta = t.articles;
  const canRestore = canEditArticle(staff, article);
  return (
    <>
      <h1 className="text-2xl font-bold">{ta.revisionsTitle(headline ?? article.slug)}</h1>
      <p className="mt-2 text-sm">
        <Link href={editorPath(id)} className="underline">
          {ta.backToEditor}
        </Link>
      </p>
      <form className="mt-6 flex flex-wrap items-end gap-3">
        {(['from', 'to'] as const).map((name) => (
          <label key={name} className="flex flex-col gap-1 text-sm">
            <span className="font-semibold">{name === 'from' ? ta.compareFrom : ta.compareTo}</span>
            <select name={name} defaultValue={name === 'from' ? from : to} className={inputClassName}>
              {revisions.map((r) => (
                <option key={r.version} value={r.version}>
                  {ta.revision(r.version)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className={buttonClassName}>
          {ta.compare}
        </button>
      </form>
      {before && after && (
        <section aria-label={`${ta.revision(from!)} → ${ta.revision(to!)}`} className="mt-6">
          <RevisionDiff changes={describeChanges(before, after)} options={options} locale={staff.uiLocale} />
        </section>
      )}
      <h2 className="mt-10 text-lg font-bold">{ta.revisions}</h2>
      <ol className="mt-2 flex flex-col divide-y divide-rule text-sm">
        {revisions.map((r) => (
          <li key={r.version} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
            <span className="font-semibold">{ta.revision(r.version)}</span>
            <time dateTime={r.createdAt.toISOString()}>{formatNewsTime(r.createdAt, staff.uiLocale)}</time>
            <span className="text-muted">{r.author ? localName(r.author, staff.uiLocale) : ''}</span>
            {canRestore && r.version !== article.version && (
              <RestoreRevisionForm
                articleId={id}
                version={article.version}
                revision={r.version}
                label={ta.restore}
                revisionLabel={ta.revision(r.version)}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
