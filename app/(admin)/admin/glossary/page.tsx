import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmActionButton } from '@/components/admin/ConfirmActionButton';
import { RecordTable } from '@/components/admin/RecordTable';
import { GlossaryTermForm } from '@/components/glossary/GlossaryTermForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { glossaryPath } from '@/lib/translation/after-change';
import { listGlossaryTerms } from '@/lib/translation/glossary';
import { addGlossaryTerm, editGlossaryTerm, removeGlossaryTerm } from './actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).glossary.title };
}

export default async function GlossaryPage({ searchParams }: Props) {
  const staff = await requireStaff('glossary.manage');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale);
  const { edit } = await searchParams;
  const terms = await listGlossaryTerms(getDatabase());

  return (
    <>
      <h1 className="text-2xl font-bold">{t.glossary.title}</h1>
      <p className="mt-2 text-muted">{t.glossary.lead}</p>

      <section aria-labelledby="glossary-add" className="mt-8 rounded border border-rule p-4">
        <h2 id="glossary-add" className="mb-4 text-lg font-bold">
          {t.glossary.addTitle}
        </h2>
        <GlossaryTermForm locale={locale} action={addGlossaryTerm} idPrefix="new-term" label={t.glossary.addTitle} />
      </section>

      <RecordTable
        caption={t.glossary.listCaption}
        columns={[
          { label: t.glossary.ko, width: 'w-1/5' },
          { label: t.glossary.en, width: 'w-1/4' },
          { label: t.glossary.note },
          { label: t.glossary.actions, width: 'w-32' },
        ]}
        empty={t.glossary.empty}
        isEmpty={terms.length === 0}
        fixed
      >
        {terms.map((term) =>
          term.id === edit ? (
            <tr key={term.id} className="border-b border-rule">
              <td colSpan={4} className="py-4">
                <GlossaryTermForm
                  locale={locale}
                  action={editGlossaryTerm}
                  term={term}
                  idPrefix={`term-${term.id}`}
                  label={t.glossary.editTitle(term.ko)}
                  cancelHref={glossaryPath}
                />
              </td>
            </tr>
          ) : (
            <tr key={term.id} className="border-b border-rule align-top">
              <th scope="row" lang="ko" className="py-2 pr-4 font-semibold">
                {term.ko}
              </th>
              <td lang="en" className="py-2 pr-4">
                {term.en}
              </td>
              <td className="py-2 pr-4 text-muted">{term.note}</td>
              <td className="py-2">
                <div className="flex gap-4">
                  <Link href={`${glossaryPath}?edit=${term.id}`} className="font-semibold hover:underline">
                    {t.glossary.edit}
                    <span className="sr-only" lang="ko">
                      {` ${term.ko}`}
                    </span>
                  </Link>
                  <ConfirmActionButton id={term.id} action={removeGlossaryTerm} confirmation={t.glossary.confirmDelete(term.ko)}>
                    {t.glossary.delete}
                    <span className="sr-only" lang="ko">
                      {` ${term.ko}`}
                    </span>
                  </ConfirmActionButton>
                </div>
              </td>
            </tr>
          ),
        )}
      </RecordTable>
    </>
  );
}
