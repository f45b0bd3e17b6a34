import type { ArticleView } from '@/lib/articles/queries';
import { articlePath } from '@/lib/articles/paths';
import { machineTranslationDisclaimer, type LinkedText } from '@/lib/articles/translation-notice';
import { sourceLocale, type Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

const noticeClass = 'my-4 rounded border border-rule p-3 text-sm leading-6 text-muted';

function WithLink({ text, href }: { text: LinkedText; href: string }) {
  return (
    <>
      {text.before}
      <a href={href} hrefLang={sourceLocale} className="underline">
        {text.link}
      </a>
      {text.after}
    </>
  );
}

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
  const original = articlePath(sourceLocale, article.slug);
  const { method, machineEngine, stale } = article.translation;
  const disclaimer = method === 'MACHINE' && machineEngine ? machineTranslationDisclaimer(machineEngine) : null;
  return (
    <>
      {disclaimer && (
        <aside aria-label={t.machineTranslation} className={`${noticeClass} space-y-1`}>
          <p lang="ko">
            <WithLink text={disclaimer.ko} href={original} />
          </p>
          <p lang="en">
            <WithLink text={disclaimer.en} href={original} />
          </p>
        </aside>
      )}
      {stale && (
        <p role="note" className={`${noticeClass} border-accent`}>
          {t.translationStale}{' '}
          <a href={original} hrefLang={sourceLocale} className="underline">
            {t.readOriginal}
          </a>
        </p>
      )}
    </>
  );
}
