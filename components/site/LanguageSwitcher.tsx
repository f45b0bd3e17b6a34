import { localeNames, locales, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

/** A page's address in each language, and the languages it has (an untranslated article: the Korean only). */
export type LanguageVersions = { pathFor: (locale: Locale) => string; available?: readonly Locale[] };

/**
 * Plain links to the page the reader is on, in the other language: no client code needed. A language the page lacks
 * still links (its page shows the Korean original with a note), and says so in that language.
 */
export function LanguageSwitcher({ locale, pathFor, available = locales }: LanguageVersions & { locale: Locale }) {
  return (
    <nav aria-label={getMessages(locale).readIn}>
      <ul className="flex gap-3 text-sm">
        {locales.map((other) => (
          <li key={other} lang={other}>
            {other === locale ? (
              <span aria-current="page" className="font-semibold">
                {localeNames[other]}
              </span>
            ) : (
              <a href={pathFor(other)} hrefLang={other} className="underline underline-offset-2">
                {localeNames[other]}
              </a>
            )}
            {!available.includes(other) && <span className="text-muted"> ({getMessages(other).notTranslated})</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
