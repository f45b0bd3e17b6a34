import { pickText, type PhotoView } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/client';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/lib/i18n/locales';
import { mediaUrl, responsiveSources } from '@/lib/media/urls';

export type ReporterProfile = {
  id: string;
  slug: string;
  name: string;
  email: string;
  desk: { slug: string; name: string } | null;
  /** In the page's language, else the other one: `locale` says which. */
  bio: { locale: Locale; text: string } | null;
  /** Its alt text is the reporter's name. */
  portrait: Pick<PhotoView, 'src' | 'sources' | 'width' | 'height' | 'alt'> | null;
};

/** The public profile of a staff member; deactivated accounts have none. */
export async function findActiveReporter(db: Database, slug: string, locale: Locale): Promise<ReporterProfile | null> {
  const staff = await db.staff.findUnique({
    where: { slug, active: true },
    select: {
      id: true,
      slug: true,
      nameKo: true,
      nameEn: true,
      email: true,
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
    email: staff.email,
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
