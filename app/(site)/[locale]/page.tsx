import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleCard } from '@/components/articles/ArticleCard';
import { listLatestArticles } from '@/lib/articles/queries';
import { getDatabase } from '@/lib/db/client';
import { isLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

export default async function FrontPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await connection();
  const articles = await listLatestArticles(getDatabase(), locale);
  const t = getMessages(locale);
  return (
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
  );
}
