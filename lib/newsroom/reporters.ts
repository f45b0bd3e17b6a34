import '#server-only';
import { pickText, readerVisible, type PhotoView } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';
import { mediaUrl, responsiveSources } from '@/lib/media/urls';

export type ReporterProfile = {
  id: string;
  slug: string;
  name: string;
  /** The address the reporter gives readers, if any; the sign-in address is never read here. */
  contactEmail: string | null;
  desk: { slug: string; name: string } | null;
  /** In the page's language, else the other one: `locale` says which. */
  bio: { locale: Locale; text: string } | null;
  /** Its alt text is the reporter's name. */
  portrait: Pick<PhotoView, 'src' | 'sources' | 'width' | 'height' | 'alt'> | null;
};

/**
 * Staff with a public page: active accounts with a byline on an article readers can see. Editors, moderators and
 * admins who publish nothing have none, so the site does not list the newsroom's accounts.
 */
const publicReporter = (): Prisma.StaffWhereInput => ({ active: true, bylines: { some: { article: readerVisible() } } });

export async function findPublicReporter(db: Database, slug: string, locale: Locale): Promise<ReporterProfile | null> {
  const staff = await db.staff.findFirst({
    where: { slug, ...publicReporter() },
    select: {
      id: true,
      slug: true,
      nameKo: true,
      nameEn: true,
      contactEmail: true,
      bioKo: true,
      bioEn: true,
      desk: { select: { slug: true, nameKo: true, nameEn: true } },
      photo: { select: { storageKey: true, width: true, height: true, variantWidths: true } },
    },
  });
  if (!staff) return null;
  const name = localName(staff, locale);
  const { photo } = staff;
  const bios = [
    { locale: 'ko' as const, text: staff.bioKo },
    { locale: 'en' as const, text: staff.bioEn },
  ].flatMap(({ locale, text }) => (text?.trim() ? [{ locale, text }] : []));
  return {
    id: staff.id,
    slug: staff.slug,
    name,
    contactEmail: staff.contactEmail,
    desk: staff.desk && { slug: staff.desk.slug, name: localName(staff.desk, locale) },
    bio: pickText(bios, locale) ?? null,
    portrait: photo && {
      src: mediaUrl(photo.storageKey),
      sources: responsiveSources(photo.storageKey, photo.variantWidths),
      width: photo.width,
      height: photo.height,
      alt: name,
    },
  };
}

/** The addresses of every public reporter page, for the sitemap. */
export async function listPublicReporterSlugs(db: Database): Promise<string[]> {
  const rows = await db.staff.findMany({ where: publicReporter(), orderBy: { slug: 'asc' }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
