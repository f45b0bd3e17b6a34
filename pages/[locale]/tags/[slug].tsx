import { ListingPage } from '@/components/site/ListingPage';
import { localName } from '@/lib/i18n/local-name';
import { getMessages } from '@/lib/i18n/messages';
import { fromPageProps, type PageProps } from '@/lib/site/page-props';
import { listingParams, loadListing, type Listing } from '@/lib/site/listing';
import { perRequestReaderPage } from '@/lib/site/reader-page';
import { tagFeedPath, tagPath } from '@/lib/tags/paths';
import type { TagOption } from '@/lib/tags/schema';
import { findTag } from '@/lib/tags/tags';

const page = perRequestReaderPage({
  params: listingParams,
  load: (params) => loadListing(params, findTag, (tag) => ({ tagId: tag.id })),
});
export const getServerSideProps = page.getServerSideProps;
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/** A tag's articles in either language, newest first, a page at a time, with the tag's own RSS feed. */
export default function TagPage(props: PageProps<Listing<TagOption>>) {
  const { owner: tag, ...listing } = fromPageProps(props);
  const name = localName(tag, listing.locale);
  const about = (
    <p className="mt-1 text-sm">
      <a href={tagFeedPath(listing.locale, tag.slug)} type="application/rss+xml" className="underline">
        {getMessages(listing.locale).tagFeed(name)}
      </a>
    </p>
  );
  return <ListingPage {...listing} title={`#${name}`} pathFor={(locale) => tagPath(locale, tag.slug)} about={about} />;
}
