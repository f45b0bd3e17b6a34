import { ListingPage } from '@/components/site/ListingPage';
import { ReporterPortrait } from '@/components/site/ReporterPortrait';
import { getMessages } from '@/lib/i18n/messages';
import { deskPath, reporterPath } from '@/lib/newsroom/paths';
import { findPublicReporter, type ReporterProfile } from '@/lib/newsroom/reporters';
import { fromPageProps, type PageProps } from '@/lib/site/page-props';
import { listingParams, loadListing, type Listing } from '@/lib/site/listing';
import { perRequestReaderPage } from '@/lib/site/reader-page';

const page = perRequestReaderPage({
  params: listingParams,
  load: (params) =>
    loadListing(
      params,
      (db, slug) => findPublicReporter(db, slug, params.locale),
      (reporter) => ({ reporterId: reporter.id }),
    ),
});
export const getServerSideProps = page.getServerSideProps;
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export default function ReporterPage(props: PageProps<Listing<ReporterProfile>>) {
  const { owner: reporter, ...listing } = fromPageProps(props);
  const t = getMessages(listing.locale);
  const about = (
    <>
      {reporter.portrait && <ReporterPortrait portrait={reporter.portrait} />}
      {(reporter.desk || reporter.contactEmail) && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {reporter.desk && (
            <>
              <dt className="text-muted">{t.desk}</dt>
              <dd>
                <a href={deskPath(listing.locale, reporter.desk.slug)} className="underline">
                  {reporter.desk.name}
                </a>
              </dd>
            </>
          )}
          {reporter.contactEmail && (
            <>
              <dt className="text-muted">{t.email}</dt>
              <dd>
                <a href={`mailto:${reporter.contactEmail}`} className="underline">
                  {reporter.contactEmail}
                </a>
              </dd>
            </>
          )}
        </dl>
      )}
      {reporter.bio && (
        <p lang={reporter.bio.locale === listing.locale ? undefined : reporter.bio.locale} className="mt-3">
          {reporter.bio.text}
        </p>
      )}
    </>
  );
  return (
    <ListingPage
      {...listing}
      title={t.reporterTitle(reporter.name)}
      pathFor={(locale) => reporterPath(locale, reporter.slug)}
      about={about}
    />
  );
}
