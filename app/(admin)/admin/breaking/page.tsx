import type { Metadata } from 'next';
import { ConfirmActionButton } from '@/components/admin/ConfirmActionButton';
import { BreakingBannerForm } from '@/components/admin/breaking/BreakingBannerForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { findCurrentBreakingBanner } from '@/lib/breaking/banner';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { formatNewsTime } from '@/lib/i18n/time';
import { putUpBreakingBanner, takeDownBreaking } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).breaking.title };
}

export default async function BreakingPage() {
  const staff = await requireStaff('breaking.manage');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale).breaking;
  const banner = await findCurrentBreakingBanner(getDatabase());

  return (
    <>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 text-muted">{t.lead}</p>

      <section aria-labelledby="breaking-current" className="mt-8 rounded border border-rule p-4">
        <h2 id="breaking-current" className="mb-3 text-lg font-bold">
          {t.currentTitle}
        </h2>
        {banner ? (
          <div className="flex flex-col gap-2">
            <p lang="ko" className="font-semibold">
              {banner.headlineKo}
            </p>
            {banner.headlineEn ? <p lang="en">{banner.headlineEn}</p> : <p className="text-sm text-muted">{t.noEnglish}</p>}
            <p className="text-sm break-all">
              <a href={banner.link} className="underline">
                {banner.link}
              </a>
            </p>
            <p className="text-sm text-muted">{t.until(formatNewsTime(banner.endsAt, locale))}</p>
            <ConfirmActionButton id={banner.id} action={takeDownBreaking} confirmation={t.confirmTakeDown}>
              {t.takeDown}
            </ConfirmActionButton>
          </div>
        ) : (
          <p className="text-muted">{t.none}</p>
        )}
      </section>

      <section aria-labelledby="breaking-set" className="mt-8 rounded border border-rule p-4">
        <h2 id="breaking-set" className="mb-1 text-lg font-bold">
          {t.setTitle}
        </h2>
        {banner && <p className="mb-4 text-sm text-muted">{t.replaceNote}</p>}
        <BreakingBannerForm locale={locale} action={putUpBreakingBanner} />
      </section>
    </>
  );
}
