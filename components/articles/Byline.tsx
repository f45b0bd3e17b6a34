import { Fragment } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { formatNewsTime } from '@/lib/i18n/time';
import { reporterPath } from '@/lib/newsroom/paths';

function Stamp({ label, date, locale }: { label: string; date: Date; locale: Locale }) {
  return (
    <>
      <span aria-hidden="true"> | </span>
      {label} <time dateTime={date.toISOString()}>{formatNewsTime(date, locale)}</time>
    </>
  );
}

/** `하인규 기자 | 기사입력 2022/05/19 [16:23]`, in Korea time, with the update time once edited after publishing. */
export function Byline({
  authors,
  publishedAt,
  revisedAt,
  locale,
}: {
  authors: readonly { name: string; slug: string }[];
  publishedAt: Date;
  revisedAt: Date | null;
  locale: Locale;
}) {
  const t = getMessages(locale);
  return (
    <p className="text-sm text-muted">
      {authors.map((a, i) => (
        <Fragment key={a.slug}>
          {i > 0 && ', '}
          <a href={reporterPath(locale, a.slug)} className="underline underline-offset-2">
            {t.reporterTitle(a.name)}
          </a>
        </Fragment>
      ))}
      <Stamp label={t.published} date={publishedAt} locale={locale} />
      {revisedAt && revisedAt > publishedAt && <Stamp label={t.updated} date={revisedAt} locale={locale} />}
    </p>
  );
}
