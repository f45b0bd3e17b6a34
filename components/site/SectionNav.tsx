import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { sectionPath } from '@/lib/newsroom/paths';
import type { SectionLink } from '@/lib/site/frame';

export function SectionNav({ sections, locale }: { sections: readonly SectionLink[]; locale: Locale }) {
  if (sections.length === 0) return null;
  return (
    <nav aria-label={getMessages(locale).sections} className="mx-auto max-w-3xl px-4 pb-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-semibold">
        {sections.map((section) => (
          <li key={section.slug}>
            <a href={sectionPath(locale, section.slug)} className="hover:underline">
              {localName(section, locale)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
