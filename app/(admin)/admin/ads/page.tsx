import type { Metadata } from 'next';
import { AdForm } from '@/components/admin/ads/AdForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { listAdSlots, type AdSlotSummary } from '@/lib/ads/ads';
import { requireStaff } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { formatNewsTime, toKoreaDateTimeInput } from '@/lib/i18n/time';
import { getDatabase } from '@/lib/runtime/database';
import { saveAdAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).ads.title };
}

/** A new ad's default period: from now for a week. */
const defaultWeekMs = 7 * 24 * 3_600_000;

function formValues(ad: AdSlotSummary, now: Date) {
  return {
    href: ad.href ?? '',
    altKo: ad.altKo ?? '',
    altEn: ad.altEn ?? '',
    startsAt: toKoreaDateTimeInput(ad.startsAt ?? now),
    endsAt: toKoreaDateTimeInput(ad.endsAt ?? new Date(now.getTime() + defaultWeekMs)),
    enabled: ad.state === 'empty' || ad.enabled,
    hasImage: ad.imageSrc !== null,
  };
}

export default async function AdsPage() {
  const staff = await requireStaff('ads.manage');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale).ads;
  const now = new Date();
  const slots = await listAdSlots(getDatabase(), now);
  const time = (date: Date | null) => (date ? formatNewsTime(date, locale) : null);

  return (
    <>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 text-muted">{t.lead}</p>
      <p className="mt-1 text-sm text-muted">{t.clicksNote}</p>
      {slots.map((ad) => (
        <section key={ad.key} aria-labelledby={`ad-${ad.key}`} className="mt-8 rounded border border-rule p-4">
          <h2 id={`ad-${ad.key}`} className="text-lg font-bold">
            {t.slots[ad.key]} <span className="ml-2 text-sm font-normal text-muted">{t.states[ad.state]}</span>
          </h2>
          {ad.state !== 'empty' && (
            <div className="mt-3 flex flex-wrap items-start gap-4">
              {ad.imageSrc && <img src={ad.imageSrc} alt={t.currentImage} className="max-h-32 w-auto border border-rule" />}
              <div className="flex flex-col gap-1 text-sm">
                <p className="break-all">{ad.href}</p>
                <p className="text-muted">{ad.startsAt && ad.endsAt ? t.period(time(ad.startsAt)!, time(ad.endsAt)!) : t.always}</p>
                <p className="font-semibold">{t.clicks(ad.clicks, time(ad.clicksSince))}</p>
              </div>
            </div>
          )}
          <div className="mt-4">
            <AdForm locale={locale} slot={ad.key} current={formValues(ad, now)} action={saveAdAction} />
          </div>
        </section>
      ))}
    </>
  );
}
