import type { NextPageContext } from 'next';
import Head from 'next/head';
import { ErrorNumber } from '@/components/site/ErrorNumber';
import { StatusNotice } from '@/components/site/StatusNotice';
import { answerWithLastGoodCopy } from '@/lib/cache/last-good-copy';
import { databaseUnavailableRetryAfterSeconds, isDatabaseUnavailableDigest } from '@/lib/db/unavailable';
import { isLocale, sourceLocale, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

type Props = { locale: Locale; unavailable: boolean; path: string; requestId: string | null };

export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/**
 * A reader page that could not be rendered, in the language of its address: while the database is out a 503
 * with Retry-After (a short wait, not a broken page, for readers, crawlers and the proxy in front), else a 500.
 * Either shows the request's id (lib/http/request-outcome.ts), which finds its lines in the log.
 */
export default function ReaderError({ locale, unavailable, path, requestId }: Props) {
  const t = getMessages(locale);
  return (
    <main className="mx-auto max-w-3xl px-4">
      <Head>
        <title>{t.siteName}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <StatusNotice
        title={unavailable ? t.unavailableTitle : t.errorTitle}
        body={unavailable ? t.unavailableBody : t.errorBody}
        action={
          <a href={path} className="rounded border border-rule px-4 py-2">
            {t.retry}
          </a>
        }
      >
        {requestId && <ErrorNumber locale={locale} number={requestId} />}
      </StatusNotice>
    </main>
  );
}

ReaderError.getInitialProps = ({ req, res, err, asPath = '/' }: NextPageContext): Props => {
  const unavailable = isDatabaseUnavailableDigest(err);
  // One leading slash: `//host/…` (or `/\host`, which browsers read alike) would lead to another site.
  const path = asPath.replace(/^[/\\]+/u, '/');
  const first = path.split('/')[1] ?? '';
  const props = { locale: isLocale(first) ? first : sourceLocale, unavailable, path, requestId: null };
  // A cached page whose new render failed for the outage: its reader gets it as it was (Next.js renders nothing more once the response is sent).
  if (res && unavailable && answerWithLastGoodCopy(res, path.split(/[?#]/u)[0]!)) return props;
  if (res && unavailable) {
    res.statusCode = 503;
    res.setHeader('Retry-After', String(databaseUnavailableRetryAfterSeconds));
  }
  const requestId = req?.headers['x-request-id'];
  return { ...props, requestId: res && res.statusCode >= 500 && typeof requestId === 'string' ? requestId : null };
};
