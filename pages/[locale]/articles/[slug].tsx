import { AdSlot } from '@/components/ads/AdSlot';
import { ArticleStory } from '@/components/articles/ArticleStory';
import { ArticleTags } from '@/components/articles/ArticleTags';
import { TranslationNotices } from '@/components/articles/TranslationNotices';
import { CommentCountLink } from '@/components/comments/CommentCountLink';
import { Island } from '@/components/islands/Island';
import { MostRead } from '@/components/site/MostRead';
import { ReaderLayout } from '@/components/site/ReaderLayout';
import { RelatedArticles } from '@/components/site/RelatedArticles';
import { ViewBeacon } from '@/components/site/ViewBeacon';
import { findAds, type AdView } from '@/lib/ads/slots';
import { articlePath } from '@/lib/articles/paths';
import { findPublishedArticle, type ArticleSummary, type ArticleView } from '@/lib/articles/queries';
import { getDatabase } from '@/lib/runtime/database';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata } from '@/lib/seo/metadata';
import { loadSiteFrame, type SiteFrame } from '@/lib/site/frame';
import { fromPageProps, type PageProps } from '@/lib/site/page-props';
import { cachedReaderPage, slugParams } from '@/lib/site/reader-page';
import { listRelatedArticles } from '@/lib/tags/related';
import { mostReadForPage, type MostRead as Ranking } from '@/lib/views/ranking';

type Data = { locale: Locale; frame: SiteFrame; article: ArticleView; mostRead: Ranking; related: ArticleSummary[]; ad: AdView | null };

// Rendered on the first request, then served from the page cache: a busy article costs no query per view. An edit,
// or a visible comment added or removed (the header shows the count), marks the cached copy superseded, and the next
// view renders it anew (lib/site/revalidate.ts); the interval is only a safety net. The primary, not a read replica:
// this render follows a publish or edit, and a lagging replica's old copy would stay cached.
const page = cachedReaderPage({
  params: slugParams,
  revalidate: 300,
  async load({ locale, slug }): Promise<Data | null> {
    const db = getDatabase();
    const [article, frame, mostRead, related, ads] = await Promise.all([
      findPublishedArticle(db, slug, locale),
      loadSiteFrame(db),
      mostReadForPage(db, locale),
      // Related articles are chosen as the page renders, so a view costs nothing; an article published or
      // unpublished elsewhere reaches this list when this page is next rendered (its interval: 300 s).
      listRelatedArticles(db, slug, locale),
      findAds(db, ['article-bottom'], locale),
    ]);
    return article && { locale, frame, article, mostRead, related, ad: ads['article-bottom'] ?? null };
  },
});

export const getStaticPaths = page.getStaticPaths;
export const getStaticProps = page.getStaticProps;
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export default function ArticlePage(props: PageProps<Data>) {
  const { locale, frame, article, mostRead, related, ad } = fromPageProps(props);
  const commentLink = (
    <span data-comment-count>
      <CommentCountLink slug={article.slug} locale={locale} count={article.commentCount} />
    </span>
  );
  return (
    <ReaderLayout
      locale={locale}
      frame={frame}
      meta={articleMetadata(article, locale)}
      languages={{ pathFor: (other) => articlePath(other, article.slug), available: article.availableLocales }}
      jsonLd={serializeJsonLd(newsArticleJsonLd(article, locale))}
      islands
    >
      <article className="pt-6">
        <TranslationNotices article={article} locale={locale} />
        <ArticleStory article={article} locale={locale} commentLink={commentLink} />
        <ArticleTags tags={article.tags} locale={locale} />
        <AdSlot ad={ad ?? undefined} label={getMessages(locale).advertisement} />
        <RelatedArticles articles={related} locale={locale} />
        {/* Comments are fetched by the island: the cached page holds only their count, rendered anew when it changes. */}
        <Island name="comments" props={{ slug: article.slug, locale, count: article.commentCount }} />
        <ViewBeacon slug={article.slug} />
      </article>
      <MostRead ranking={mostRead} locale={locale} />
    </ReaderLayout>
  );
}
