import type { Metadata } from 'next';
import { getMessages } from '@/lib/i18n/messages';
import { locales } from '@/lib/i18n/locales';
import { siteIconHref } from '@/lib/site/icon';
import '@/styles/newsroom.css';

export const metadata: Metadata = { title: '404', robots: { index: false }, icons: { icon: siteIconHref } };

/** For addresses outside every language tree: no language is known, so both are shown, Korean first. */
export default function GlobalNotFound() {
  return (
    <html lang="ko">
      <body className="mx-auto max-w-xl space-y-10 px-4 py-16 font-sans">
        {locales.map((locale) => {
          const t = getMessages(locale);
          return (
            <section key={locale} lang={locale}>
              <h1 className="text-2xl font-bold">{t.notFoundTitle}</h1>
              <p className="mt-2 text-muted">{t.notFoundBody}</p>
              <a href={`/${locale}`} className="mt-3 inline-block underline">
                {t.backToFront}
              </a>
            </section>
          );
        })}
      </body>
    </html>
  );
}
