import { ListingPage } from '@/components/site/ListingPage';
import { localName } from '@/lib/i18n/local-name';
import { sectionPath } from '@/lib/newsroom/paths';
import { findSection } from '@/lib/newsroom/sections';
import { fromPageProps, type PageProps } from '@/lib/site/page-props';
import { listingParams, loadListing, type Listing } from '@/lib/site/listing';
import { perRequestReaderPage } from '@/lib/site/reader-page';

type Section = NonNullable<Awaited<ReturnType<typeof findSection>>>;

const page = perRequestReaderPage({
  params: listingParams,
  load: (params) => loadListing(params, findSection, (section) => ({ sectionId: section.id })),
});
export const getServerSideProps = page.getServerSideProps;
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export default function SectionPage(props: PageProps<Listing<Section>>) {
  const { owner: section, ...listing } = fromPageProps(props);
  return <ListingPage {...listing} title={localName(section, listing.locale)} pathFor={(locale) => sectionPath(locale, section.slug)} />;
}
