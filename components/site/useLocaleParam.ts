'use client';

import { useParams } from 'next/navigation';
import { isLocale, sourceLocale, type Locale } from '@/lib/i18n/locales';

/** The page's language in client components that get no params (error and not-found pages). */
export function useLocaleParam(): Locale {
  const { locale } = useParams<{ locale?: string }>();
  return locale && isLocale(locale) ? locale : sourceLocale;
}
