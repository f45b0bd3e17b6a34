import '#server-only';
import { articlePath } from '@/lib/articles/paths';
import type { Prisma } from '@/lib/db/generated/client';
import { locales } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/seo/urls';
import { enqueueWebhookEvent } from './outbox';

type ArticleEvent = 'article.published' | 'article.updated' | 'article.unpublished';

/** The article as a receiver sees it: as the change's transaction leaves it (headlines and reader addresses per language). */
async function articleSubject(tx: Prisma.TransactionClient, articleId: string) {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { id: true, slug: true, status: true, texts: { select: { locale: true, headline: true } } },
  });
  const headline = (locale: string) => article.texts.find((t) => t.locale === locale)?.headline ?? null;
  return {
    article: {
      id: article.id,
      slug: article.slug,
      status: article.status,
      headlines: Object.fromEntries(locales.map((locale) => [locale, headline(locale)])),
      urls: Object.fromEntries(
        locales.map((locale) => [locale, headline(locale) === null ? null : absoluteUrl(articlePath(locale, article.slug))]),
      ),
    },
  };
}

/** Call inside the transaction that changed the article, after the change. */
export function enqueueArticleEvent(
  tx: Prisma.TransactionClient,
  event: ArticleEvent,
  articleId: string,
  now = new Date(),
): Promise<number> {
  return enqueueWebhookEvent(tx, event, () => articleSubject(tx, articleId), now);
}
