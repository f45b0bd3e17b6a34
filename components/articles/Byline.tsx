import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { formatNewsTime } from '@/lib/i18n/time';

/** `하인규 기자 | 기사입력 2022/05/19 [16:23]`, in Korea time. */
export function Byline({ authors, publishedAt, locale }: { authors: readonly { name: string }[]; publishedAt: Date; locale: Locale }) {
  const t = getMessages(locale);
  return (
    <p className="text-sm text-muted">
      {authors.map((a) => t.reporterTitle(a.name)).join(', ')}
      <span aria-hidden="true"> | </span>
      {t.published} <time dateTime={publishedAt.toISOString()}>{formatNewsTime(publishedAt, locale)}</time>
    </p>
  );
}
