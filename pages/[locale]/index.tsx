import { AdSlot } from '@/components/ads/AdSlot';
import { ArticleCard } from '@/components/articles/ArticleCard';
import { Island } from '@/components/islands/Island';
import { CuratedFrontPage } from '@/components/site/front/CuratedFrontPage';
import { MostRead } from '@/components/site/MostRead';
import { ReaderLayout } from '@/components/site/ReaderLayout';
import type { PhotoNewsItem } from '@/components/site/PhotoNewsStrip';
import { findAds, type AdSlotKey, type AdView } from '@/lib/ads/slots';
import { listArticles } from '@/lib/articles/listing';
import { articlePath } from '@/lib/articles/paths';
import type { ArticleSummary } from '@/lib/articles/queries';
import { inLanguage, type CuratedFront } from '@/lib/front/arrange';
import { findCuratedFront } from '@/lib/front/queries';
import { getDatabase } from '@/lib/runtime/database';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { frontPageMetadata } from '@/lib/seo/metadata';
import { frontPagePath } from '@/lib/seo/urls';
import { loadSiteFrame, type SiteFrame } from '@/lib/site/frame';
import { fromPageProps, type PageProps } from '@/lib/site/page-props';
import { cachedReaderPage, localeParams } from '@/lib/site/reader-page';
import { mostReadForPage, type MostRead as Ranking } from '@/lib/views/ranking';

type Data = {
  locale: Locale;
  frame: SiteFrame;
  articles: ArticleSummary[];
  front: CuratedFront | null;
  ads: Partial<Record<AdSlotKey, AdView>>;
  mostRead: Ranking;
};

/** The photo-news strip's length: the newest stories that have a photo. */
const photoNewsLength = 15;

// Cached like the article pages; the short interval also brings scheduled articles in on time. Read from the
// primary for the same reason as the article page: a publish re-renders it at once.
const page = cachedReaderPage({
  params: localeParams,
  revalidate: 60,
  async load({ locale }): Promise<Data> {
    const db = getDatabase();
    const [{ items: articles }, ads, frame, mostRead] = await Promise.all([
      listArticles(db, locale),
      findAds(db, ['front-top', 'front-middle', 'sidebar'], locale),
      loadSiteFrame(db),
      mostReadForPage(db, locale),
    ]);
    // An article without an English text never appears on /en, curated or not.
    const shown = articles.filter(inLanguage(locale));
    return { locale, frame, articles: shown, front: await findCuratedFront(db, locale, shown), ads, mostRead };
  },
});

export const getStaticPaths = page.getStaticPaths;
export const getStaticProps = page.getStaticProps;
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export default function FrontPage(props: PageProps<Data>) {
  const { locale, frame, articles, front, ads, mostRead } = fromPageProps(props);
  const t = getMessages(locale);
  // Only what the strip shows: the island's props travel in the page's HTML.
  const photoNews = articles.flatMap(({ slug, headline, leadPhoto }): PhotoNewsItem[] => {
    if (!leadPhoto) return [];
    return [{ href: articlePath(locale, slug), headline, photo: leadPhoto.framed['4x3'] }];
  });
  return (
    <ReaderLayout
      locale={locale}
      frame={frame}
      meta={frontPageMetadata(locale)}
      languages={{ pathFor: frontPagePath }}
      islands={photoNews.length > 0}
    >
      <AdSlot ad={ads['front-top']} label={t.advertisement} />
      {front ? (
        <>
          <h1 className="sr-only">{t.siteName}</h1>
          <CuratedFrontPage front={front} locale={locale} />
        </>
      ) : (
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
      )}
      <AdSlot ad={ads['front-middle']} label={t.advertisement} />
      {photoNews.length > 0 && (
        <Island
          name="photo-news"
          props={{ items: photoNews.slice(0, photoNewsLength), labels: { title: t.photoNews, previous: t.previous, next: t.next } }}
        />
      )}
      <MostRead ranking={mostRead} locale={locale} />
      <AdSlot ad={ads.sidebar} label={t.advertisement} />
    </ReaderLayout>
  );
}
