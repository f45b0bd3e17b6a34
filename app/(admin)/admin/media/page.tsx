import type { Metadata } from 'next';
import Link from 'next/link';
import { LibraryUploader } from '@/components/media/LibraryUploader';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { formatByteSize, formatDimensions } from '@/lib/media/format';
import { listPhotos } from '@/lib/media/library';
import { afterParam } from '@/lib/newsroom/paths';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).media.title };
}

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const staff = await requireStaff('photo.upload');
  const t = getAdminMessages(staff.uiLocale);
  const after = afterParam(await searchParams);
  const page = await listPhotos(getDatabase(), staff.uiLocale, { after });
  return (
    <>
      <h1 className="text-2xl font-bold">{t.media.title}</h1>
      <section aria-labelledby="upload-title" className="mt-6">
        <h2 id="upload-title" className="mb-2 text-lg font-semibold">
          {t.media.uploadTitle}
        </h2>
        <LibraryUploader locale={staff.uiLocale} />
      </section>
      <section aria-labelledby="library-title" className="mt-8">
        <h2 id="library-title" className="mb-2 text-lg font-semibold">
          {t.media.library}
        </h2>
        {page.items.length === 0 ? (
          <p className="text-muted">{t.media.empty}</p>
        ) : (
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 md:grid-cols-4">
            {page.items.map((photo) => (
              <li key={photo.id} className="flex flex-col gap-1 text-sm">
                <Link href={`/admin/media/${photo.id}`} className="flex flex-col gap-1 hover:underline">
                  {/* The link names the photo by its alt text below; the image itself would only repeat it. */}
                  <img
                    src={photo.thumbnail}
                    alt=""
                    width={photo.width}
                    height={photo.height}
                    loading="lazy"
                    className="aspect-[4/3] w-full bg-rule object-cover"
                  />
                  {photo.alt ? (
                    <span className="line-clamp-2">{photo.alt}</span>
                  ) : (
                    <span className="italic text-accent">{t.media.noAlt}</span>
                  )}
                </Link>
                <span className="text-xs text-muted">
                  {formatDimensions(photo)} · {formatByteSize(photo.byteSize, staff.uiLocale)}
                </span>
              </li>
            ))}
          </ul>
        )}
        {(page.nextCursor || after) && (
          <nav aria-label={t.media.pages} className="flex gap-4 py-6 text-sm font-semibold">
            {after && (
              <Link href="/admin/media" className="underline">
                {t.media.newest}
              </Link>
            )}
            {page.nextCursor && (
              <Link href={`/admin/media?after=${page.nextCursor}`} rel="next" className="ml-auto underline">
                {t.media.older}
              </Link>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
