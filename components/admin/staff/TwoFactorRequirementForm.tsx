'use client';

import { useState } from 'react';
import { setTwoFactorRequiredAction } from '@/app/(admin)/admin/staff/actions';
import { useAction } from '@/components/shared/use-action';
import { buttonClassName } from '@/components/shared/FormField';
import { staffMessages } from '@/lib/i18n/admin/staff';
import type { Locale } from '@/lib/i18n/locales';

export function TwoFactorRequirementForm({ required, locale }: { required: boolean; locale: Locale }) {
  const t = staffMessages[locale];
  const [checked, setChecked] = useState(required);
  const { submit, ready, result } = useAction(setTwoFactorRequiredAction);
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-4">
      <input type="hidden" name="required" value={String(checked)} />
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => setChecked(event.target.checked)}
          aria-describedby="require-2fa-hint"
        />
        {t.requireTwoFactor}
      </label>
      <button type="submit" disabled={!ready} className={buttonClassName}>
        {t.saveSecurity}
      </button>
      <p role="status" className="text-sm text-muted">
        {result?.ok ? t.securitySaved : ''}
      </p>
      <p id="require-2fa-hint" className="w-full text-xs text-muted">
        {t.requireTwoFactorHint}
      </p>
    </form>
  );
}
