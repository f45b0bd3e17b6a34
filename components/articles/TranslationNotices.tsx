import type { ArticleView } from '@/lib/articles/queries';
import { articlePath } from '@/lib/articles/paths';
import { machineTranslationDisclaimer } from '@/lib/articles/translation-notice';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

const noticeClass = 'my-4 rounded border border-rule p-3 text-sm leading-6 text-muted';

/** What readers of a translation must know before reading it: how it was made, and whether it is current. */
export function TranslationNotices({ article, locale }: { article: ArticleView; locale: Locale }) {
  const t = getMessages(locale);
  if (locale === sourceLocale) return null;
  if (article.textLocale !== locale) {
    return (
      <p role="note" className={noticeClass}>
        {t.translationMissing}
      </p>
    );
  }
  const { method, machineEngine, stale } = article.translation;
  const disclaimer = method === 'MACHINE' && machineEngine ? machineTranslationDisclaimer(machineEngine) : null;
  return (
    <>
      {disclaimer && (
        <aside aria-label={t.machineTranslation} className={`${noticeClass} space-y-1`}>
          <p lang="ko">{disclaimer.ko}</p>
          <p lang="en">{disclaimer.en}</p>
        </aside>
      )}
      {stale && (
        <p role="note" className={`${noticeClass} border-accent`}>
          {t.translationStale}{' '}
          <a href={articlePath(sourceLocale, article.slug)} hrefLang={sourceLocale} className="underline">
            {t.readOriginal}
          </a>
        </p>
      )}
    </>
  );
}
