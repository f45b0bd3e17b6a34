import type { ReactNode } from 'react';
import { ArticleList } from '@/components/articles/ArticleList';
import { ReaderLayout } from '@/components/site/ReaderLayout';
import type { ArticlePage } from '@/lib/articles/listing';
import type { Locale } from '@/lib/i18n/locales';
import { listingMetadata } from '@/lib/seo/metadata';
import type { SiteFrame } from '@/lib/site/frame';

type Props = {
  locale: Locale;
  frame: SiteFrame;
  title: string;
  /** The listing's address in a given language (its first page). */
  pathFor: (locale: Locale) => string;
  page: ArticlePage;
  isFirstPage: boolean;
  /** Shown under the title: a reporter's portrait, desk and bio. */
  about?: ReactNode;
};

/** A section's, desk's or reporter's articles, newest first, a page at a time. */
export function ListingPage({ locale, frame, title, pathFor, page, isFirstPage, about }: Props) {
  return (
    <ReaderLayout locale={locale} frame={frame} meta={listingMetadata(title, pathFor, locale)} languages={{ pathFor }}>
      <section aria-labelledby="listing-title" className="pt-6">
        <div className="flow-root border-b-2 border-ink pb-2">
          <h1 id="listing-title" className="text-xl font-bold">
            {title}
          </h1>
          {about}
        </div>
        <ArticleList page={page} locale={locale} listingPath={pathFor(locale)} isFirstPage={isFirstPage} />
      </section>
    </ReaderLayout>
  );
}
