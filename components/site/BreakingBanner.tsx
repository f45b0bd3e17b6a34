import { breakingHref } from '@/lib/breaking/link';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import type { BreakingNews } from '@/lib/site/frame';

/** The breaking headline across the top of every reader page, in the page's language; none where it has no headline in it. */
export function BreakingBanner({ breaking, locale }: { breaking: BreakingNews; locale: Locale }) {
  const headline = locale === 'ko' ? breaking.headlineKo : breaking.headlineEn;
  if (!headline) return null;
  const t = getMessages(locale);
  return (
    <aside aria-label={t.breakingNews} className="bg-accent text-paper">
      <p className="mx-auto flex max-w-3xl items-baseline gap-3 px-4 py-2 font-semibold">
        <strong className="shrink-0 rounded-sm border border-current px-1.5 text-xs tracking-wide uppercase">{t.breakingNews}</strong>
        <a href={breakingHref(breaking.link, locale)} className="underline underline-offset-2">
          {headline}
        </a>
      </p>
    </aside>
  );
}
