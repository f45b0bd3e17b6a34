import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document';
import { isLocale, sourceLocale } from '@/lib/i18n/locales';

/** The page's language from its address (/ko/…, /en/…): every reader route starts with it. */
export default function ReaderDocument({ __NEXT_DATA__ }: DocumentProps) {
  const locale = String(__NEXT_DATA__.query.locale ?? '');
  return (
    <Html lang={isLocale(locale) ? locale : sourceLocale}>
      <Head />
      <body className="min-h-screen font-sans">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
