'use client';

import { issuePasswordResetAction } from '@/app/(admin)/admin/staff/actions';
import { useAction } from '@/components/shared/use-action';
import { staffMessages } from '@/lib/i18n/admin/staff';
import type { Locale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';

export function PasswordResetLinkForm({ staffId, staffName, locale }: { staffId: string; staffName: string; locale: Locale }) {
  const t = staffMessages[locale];
  const { submit, ready, result, fieldErrors } = useAction(issuePasswordResetAction);
  const link = result?.ok ? result.data : null;
  return (
    <form onSubmit={submit} className="grid gap-1">
      <input type="hidden" name="staffId" value={staffId} />
      <button
        type="submit"
        disabled={!ready}
        aria-label={`${t.makeResetLink}: ${staffName}`}
        className="justify-self-start rounded border border-rule px-2 py-1 text-sm hover:bg-rule/40"
      >
        {t.makeResetLink}
      </button>
      {link && (
        <p role="status" className="max-w-xs text-sm">
          <output className="block font-mono break-all select-all" aria-label={`${t.makeResetLink}: ${staffName}`}>
            {new URL(link.path, window.location.origin).href}
          </output>
          {t.resetLinkMade(formatNewsTime(new Date(link.expiresAt), locale))}
        </p>
      )}
      {fieldErrors.staffId && (
        <p role="alert" className="text-sm text-accent">
          {fieldErrors.staffId.join(' ')}
        </p>
      )}
    </form>
  );
}
