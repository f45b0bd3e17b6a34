import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmActionButton } from '@/components/admin/ConfirmActionButton';
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

      <table className="mt-10 w-full table-fixed border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-lg font-bold">{t.glossary.listCaption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="w-1/5 py-2 pr-4">
              {t.glossary.ko}
            </th>
            <th scope="col" className="w-1/4 py-2 pr-4">
              {t.glossary.en}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.glossary.note}
            </th>
            <th scope="col" className="w-32 py-2">
              {t.glossary.actions}
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.length === 0 && (
            <tr>
              <td colSpan={4} className="py-4 text-muted">
                {t.glossary.empty}
              </td>
            </tr>
          )}
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
        </tbody>
      </table>
    </>
  );
}
