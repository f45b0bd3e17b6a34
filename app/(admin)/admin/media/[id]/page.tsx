import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FocusPicker } from '@/components/media/FocusPicker';
import { PhotoTextsForm } from '@/components/media/PhotoTextsForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { canEditPhotoTexts } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { formatByteSize, formatDimensions } from '@/lib/media/format';
import { findEditablePhoto } from '@/lib/media/library';
import { photoTextsInput } from '@/lib/media/text-fields';
import { savePhotoFocus, savePhotoTexts } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).media.editTitle };
}

export default async function PhotoTextsPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff('photo.upload');
  const t = getAdminMessages(staff.uiLocale);
  const photo = await findEditablePhoto(getDatabase(), staff.uiLocale, (await params).id);
  if (!photo) notFound();
  const readOnly = !canEditPhotoTexts(staff, photo.access);
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/media" className="underline">
          {t.media.backToLibrary}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t.media.editTitle}</h1>
      <div className="mt-6 grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-2">
          <FocusPicker
            locale={staff.uiLocale}
            photoId={photo.id}
            image={{ src: photo.thumbnail, alt: photo.alt, width: photo.width, height: photo.height }}
            initial={photo.focus}
            save={savePhotoFocus}
            readOnly={readOnly}
          />
          <p className="text-sm text-muted">
            {formatDimensions(photo)} · {formatByteSize(photo.byteSize, staff.uiLocale)} · {photo.mimeType} ·{' '}
            <a href={photo.src} className="underline">
              {t.media.original}
            </a>
          </p>
        </div>
        <PhotoTextsForm
          locale={staff.uiLocale}
          photoId={photo.id}
          initial={photoTextsInput(photo.texts)}
          save={savePhotoTexts}
          readOnly={readOnly}
        />
      </div>
    </>
  );
}
