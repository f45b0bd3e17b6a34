import { ListingPage } from '@/components/site/ListingPage';
import { localName } from '@/lib/i18n/local-name';
import { findDesk } from '@/lib/newsroom/desks';
import { deskPath } from '@/lib/newsroom/paths';
import { fromPageProps, type PageProps } from '@/lib/site/page-props';
import { listingParams, loadListing, type Listing } from '@/lib/site/listing';
import { perRequestReaderPage } from '@/lib/site/reader-page';

type Desk = NonNullable<Awaited<ReturnType<typeof findDesk>>>;

const page = perRequestReaderPage({
  params: listingParams,
  load: (params) => loadListing(params, findDesk, (desk) => ({ deskId: desk.id })),
});
export const getServerSideProps = page.getServerSideProps;
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export default function DeskPage(props: PageProps<Listing<Desk>>) {
  const { owner: desk, ...listing } = fromPageProps(props);
  return <ListingPage {...listing} title={localName(desk, listing.locale)} pathFor={(locale) => deskPath(locale, desk.slug)} />;
}
