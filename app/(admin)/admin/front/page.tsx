import type { Metadata } from 'next';
import Link from 'next/link';
import { FrontEditor } from '@/components/admin/front/FrontEditor';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { frontEditorPath } from '@/lib/front/after-change';
import { loadFrontEditor } from '@/lib/front/editor-data';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { isLocale, locales, sourceLocale } from '@/lib/i18n/locales';
import { getDatabase } from '@/lib/runtime/database';
import { arrangeFrontAction } from './actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).front.title };
}

/** Each language's front page is arranged on its own: ?locale=en opens the English one. */
export default async function FrontPageEditor({ searchParams }: Props) {
  const staff = await requireStaff('front.curate');
  const t = getAdminMessages(staff.uiLocale).front;
  const requested = (await searchParams).locale;
  const locale = typeof requested === 'string' && isLocale(requested) ? requested : sourceLocale;
  const data = await loadFrontEditor(getDatabase(), locale);

  return (
    <>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 text-muted">{t.lead}</p>
      <nav aria-label={t.title} className="mt-6 flex gap-2 border-b border-rule">
        {locales.map((other) => (
          <Link
            key={other}
            href={`${frontEditorPath}?locale=${other}`}
            aria-current={other === locale ? 'page' : undefined}
            className="-mb-px border-b-2 border-transparent px-3 py-2 font-semibold aria-[current=page]:border-ink"
          >
            {t.pageFor[other]}
          </Link>
        ))}
      </nav>
      {locale !== sourceLocale && <p className="mt-3 text-sm text-muted">{t.englishOnly}</p>}
      {/* Keyed by language: switching tabs starts from that language's saved arrangement. */}
      <FrontEditor key={locale} uiLocale={staff.uiLocale} data={data} action={arrangeFrontAction} />
    </>
  );
}
