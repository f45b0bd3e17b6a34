import Link from 'next/link';
import { getDatabase } from '@/lib/db/client';
import { readerQuery } from '@/lib/db/outage';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { sectionPath } from '@/lib/newsroom/paths';
import { listSections } from '@/lib/newsroom/sections';

/** Rendered with each page, so cached pages carry it too: no `connection()` here, it would make every page dynamic. */
export async function SectionNav({ locale }: { locale: Locale }) {
  const sections = await readerQuery(listSections(getDatabase()));
  if (sections.length === 0) return null;
  return (
    <nav aria-label={getMessages(locale).sections} className="mx-auto max-w-3xl px-4 pb-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-semibold">
        {sections.map((section) => (
          <li key={section.slug}>
            <Link href={sectionPath(locale, section.slug)} className="hover:underline">
              {localName(section, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
