import type { Metadata } from 'next';
import Link from 'next/link';
import { RecordTable } from '@/components/admin/RecordTable';
import { TagForm } from '@/components/admin/tags/TagForm';
import { TagMergeForm } from '@/components/admin/tags/TagMergeForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { getDatabase } from '@/lib/runtime/database';
import { adminTagsPath, tagPath } from '@/lib/tags/paths';
import { listTagsWithCounts } from '@/lib/tags/tags';
import { addTagAction, editTagAction, mergeTagAction } from './actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).tags.title };
}

export default async function TagsPage({ searchParams }: Props) {
  const staff = await requireStaff('tags.manage');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale).tags;
  const { edit } = await searchParams;
  const tags = await listTagsWithCounts(getDatabase());

  return (
    <>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 text-muted">{t.lead}</p>

      <section aria-labelledby="tags-add" className="mt-8 rounded border border-rule p-4">
        <h2 id="tags-add" className="mb-4 text-lg font-bold">
          {t.addTitle}
        </h2>
        <TagForm locale={locale} action={addTagAction} idPrefix="new-tag" label={t.addTitle} />
      </section>

      <RecordTable
        caption={t.listCaption}
        columns={[
          { label: t.nameKo, width: 'w-1/6' },
          { label: t.nameEn, width: 'w-1/6' },
          { label: t.slug, width: 'w-1/5' },
          { label: t.articleCount, width: 'w-20' },
          { label: t.actions },
        ]}
        empty={t.empty}
        isEmpty={tags.length === 0}
        fixed
      >
        {tags.map((tag) =>
          tag.id === edit ? (
            <tr key={tag.id} className="border-b border-rule">
              <td colSpan={5} className="py-4">
                <TagForm
                  locale={locale}
                  action={editTagAction}
                  tag={tag}
                  idPrefix={`tag-${tag.id}`}
                  label={t.editTitle(tag.nameKo)}
                  cancelHref={adminTagsPath}
                />
              </td>
            </tr>
          ) : (
            <tr key={tag.id} className="border-b border-rule align-top">
              <th scope="row" lang="ko" className="py-2 pr-4 font-semibold">
                {tag.nameKo}
              </th>
              <td lang="en" className="py-2 pr-4">
                {tag.nameEn}
              </td>
              <td className="py-2 pr-4 break-all">
                <a href={tagPath('ko', tag.slug)} className="underline underline-offset-2">
                  {tag.slug}
                </a>
              </td>
              <td className="py-2 pr-4 tabular-nums">{tag.articleCount}</td>
              <td className="py-2">
                <div className="flex flex-wrap items-center gap-4">
                  <Link href={`${adminTagsPath}?edit=${tag.id}`} className="font-semibold hover:underline">
                    {t.edit}
                    <span className="sr-only" lang="ko">
                      {` ${tag.nameKo}`}
                    </span>
                  </Link>
                  {tags.length > 1 && (
                    <TagMergeForm locale={locale} tag={tag} others={tags.filter((other) => other.id !== tag.id)} action={mergeTagAction} />
                  )}
                </div>
              </td>
            </tr>
          ),
        )}
      </RecordTable>
    </>
  );
}
