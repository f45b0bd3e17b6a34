'use client';

import Link from 'next/link';
import { StatusNotice } from '@/components/site/StatusNotice';
import { useLocaleParam } from '@/components/site/useLocaleParam';
import { getMessages } from '@/lib/i18n/messages';

export default function NotFound() {
  const locale = useLocaleParam();
  const t = getMessages(locale);
  return (
    <StatusNotice
      title={t.notFoundTitle}
      body={t.notFoundBody}
      action={<Link href={`/${locale}`} className="underline">{t.backToFront}</Link>}
    />
  );
}
