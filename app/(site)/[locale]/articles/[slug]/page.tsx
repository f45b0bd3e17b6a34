import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleStory } from '@/components/articles/ArticleStory';
import { LanguageSwitcher } from '@/components/articles/LanguageSwitcher';
import { TranslationNotices } from '@/components/articles/TranslationNotices';
import { CommentCountLink } from '@/components/comments/CommentCountLink';
import { CommentSection } from '@/components/comments/CommentSection';
import { JsonLd } from '@/components/seo/JsonLd';
import { findPublishedArticle } from '@/lib/articles/queries';
import { getDatabase } from '@/lib/db/client';
import { readerQuery } from '@/lib/db/outage';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { newsArticleJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Metadata and page ask for the same article: one query per request. The primary, not a read replica: this render
// follows a publish or edit (revalidatePath), and a lagging replica's old copy would stay cached until the interval.
const loadArticle = cache((slug: string, locale: Locale) => readerQuery(findPublishedArticle(getDatabase(), slug, locale)));

// Rendered on the first request, then served from the cache: a busy article costs no query per view.
// Edits and comments refresh it at once (revalidatePath); the interval is only a safety net.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

async function resolve(params: Props['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const article = await loadArticle(slug, locale);
  if (!article) notFound();
  return { locale, article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article } = await resolve(params);
  return articleMetadata(article, locale);
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article } = await resolve(params);
  return (
    <article className="pt-6">
      <JsonLd data={newsArticleJsonLd(article, locale)} />
      <LanguageSwitcher slug={article.slug} locale={locale} />
      <TranslationNotices article={article} locale={locale} />
      <ArticleStory article={article} locale={locale} commentLink={<CommentCountLink slug={article.slug} locale={locale} />} />
      {/* Fetched by the browser: the cached page never holds comments, so they change without re-rendering it. */}
      <CommentSection key={article.slug} slug={article.slug} locale={locale} />
    </article>
  );
}
