'use client';

import { useRouter } from 'next/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { PhotoUploader } from './PhotoUploader';

/** The library page's uploader: the grid, rendered on the server, is fetched again to show the new photo. */
export function LibraryUploader({ locale }: { locale: Locale }) {
  const router = useRouter();
  return <PhotoUploader locale={locale} onUploaded={() => router.refresh()} />;
}
