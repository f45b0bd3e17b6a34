import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdSlot } from '@/components/ads/AdSlot';
import { ArticleCard } from '@/components/articles/ArticleCard';
import { PhotoNewsStrip } from '@/components/site/PhotoNewsStrip';
import { findAds } from '@/lib/ads/slots';
import { articlePath } from '@/lib/articles/paths';
import { listArticles } from '@/lib/articles/listing';
import { getDatabase } from '@/lib/db/client';
import { readerQuery } from '@/lib/db/outage';
import { isLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { frontPageMetadata } from '@/lib/seo/metadata';

// Cached like the article pages; the short interval also brings scheduled articles in on time. Read from the
// primary for the same reason as the article page: a publish re-renders it at once.
export const revalidate = 60;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return frontPageMetadata(locale);
}

export default async function FrontPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const db = getDatabase();
  const [{ items: articles }, ads] = await readerQuery(Promise.all([listArticles(db, locale), findAds(db, ['front-top', 'front-side'], locale)]));
  const t = getMessages(locale);
  const photoNews = articles.flatMap((article) =>
    article.leadPhoto ? [{ href: articlePath(locale, article.slug), headline: article.headline, photo: article.leadPhoto }] : [],
  );
  return (
    <>
      <AdSlot ad={ads['front-top']} label={t.advertisement} />
      <section aria-labelledby="latest" className="pt-6">
        <h1 id="latest" className="border-b-2 border-ink pb-2 text-xl font-bold">
          {t.latestArticles}
        </h1>
        {articles.length === 0 ? (
          <p className="py-8 text-muted">{t.noArticles}</p>
        ) : (
          articles.map((article) => <ArticleCard key={article.slug} article={article} locale={locale} />)
        )}
      </section>
      <PhotoNewsStrip items={photoNews.slice(0, 15)} labels={{ title: t.photoNews, previous: t.previous, next: t.next }} />
      <AdSlot ad={ads['front-side']} label={t.advertisement} />
    </>
  );
}
