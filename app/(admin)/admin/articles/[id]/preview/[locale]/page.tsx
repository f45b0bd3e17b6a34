import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleStory } from '@/components/articles/ArticleStory';
import { TranslationNotices } from '@/components/articles/TranslationNotices';
import { requireArticleAccess, requireReadableArticle } from '@/lib/articles/admin-access';
import { editorPath, previewPath } from '@/lib/articles/admin-paths';
import { findArticlePreview } from '@/lib/articles/queries';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { isLocale, locales } from '@/lib/i18n/locales';

type Props = { params: Promise<{ id: string; locale: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The article as its public page will show it, published or not: the reader components themselves. */
export default async function ArticlePreviewPage({ params }: Props) {
  const staff = await requireArticleAccess();
  const { id, locale } = await params;
  if (!isLocale(locale)) notFound();
  await requireReadableArticle(staff, id);
  const article = await findArticlePreview(getDatabase(), id, locale);
  if (!article) notFound();
  const t = getAdminMessages(staff.uiLocale).articles;
  return (
    <>
      <p role="note" className="mb-6 flex flex-wrap gap-x-4 gap-y-1 rounded border border-accent p-3 text-sm">
        <span className="font-semibold">{t.previewNotice}</span>
        <Link href={editorPath(id)} className="underline">
          {t.backToEditor}
        </Link>
        {locales
          .filter((other) => other !== locale)
          .map((other) => (
            <Link key={other} href={previewPath(id, other)} className="underline">
              {t.previewIn[other]}
            </Link>
          ))}
      </p>
      <article lang={locale} className="mx-auto max-w-3xl">
        <TranslationNotices article={article} locale={locale} />
        <ArticleStory article={article} locale={locale} />
      </article>
    </>
  );
}
