import { articlePath } from '@/lib/articles/paths';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

/** Plain links to the article's other language versions: no client code needed. */
export function LanguageSwitcher({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <nav aria-label={getMessages(locale).readIn}>
      <ul className="flex gap-3 text-sm">
        {locales.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="page" className="font-semibold">
                {localeNames[other]}
              </span>
            ) : (
              <a href={articlePath(other, slug)} hrefLang={other} lang={other} className="underline underline-offset-2">
                {localeNames[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
