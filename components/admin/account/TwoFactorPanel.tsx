'use client';

import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from '@/app/(admin)/admin/account/actions';
import { useAction } from '@/components/shared/use-action';
import { buttonClassName, InputField } from '@/components/shared/FormField';
import { accountMessages } from '@/lib/i18n/admin/account';
import type { Locale } from '@/lib/i18n/locales';

/** What the page knows of the account's second factor; the secret only while enrolment waits for its first code. */
export type TwoFactorView =
  { kind: 'off' } | { kind: 'pending'; secret: string; uri: string } | { kind: 'on'; enabledAt: string; recoveryCodesLeft: number };

const secondaryButtonClassName = 'rounded border border-rule px-4 py-2 font-semibold hover:bg-rule/30 disabled:opacity-60';

export function TwoFactorPanel({ locale, state }: { locale: Locale; state: TwoFactorView }) {
  const t = accountMessages[locale];
  const start = useAction(startTwoFactorAction);
  const confirm = useAction(confirmTwoFactorAction);
  const disable = useAction(disableTwoFactorAction);
  const recoveryCodes = confirm.result?.ok ? confirm.result.data : null;

  if (recoveryCodes && state.kind === 'on') {
    return (
      <div className="max-w-xl rounded border border-rule p-4" data-testid="recovery-codes">
        <h3 className="font-bold">{t.recoveryCodesTitle}</h3>
        <p className="mt-1 text-sm">{t.recoveryCodesLead}</p>
        <ul className="mt-3 grid grid-cols-2 gap-2 font-mono">
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </div>
    );
  }

  if (state.kind === 'pending') {
    return (
      <div className="grid max-w-xl gap-4">
        <p className="text-sm">{t.twoFactorScan}</p>
        <dl className="grid gap-2 text-sm">
          <dt className="font-semibold">{t.twoFactorSecret}</dt>
          <dd className="font-mono break-all" data-testid="totp-secret">
            {state.secret.replace(/(.{4})/g, '$1 ').trim()}
          </dd>
          <dt className="font-semibold">{t.twoFactorUri}</dt>
          <dd className="font-mono break-all">
            <a href={state.uri} className="hover:underline">
              {state.uri}
            </a>
          </dd>
        </dl>
        <form onSubmit={confirm.submit} className="flex flex-wrap items-end gap-4" noValidate>
          <InputField
            id="totp-code"
            label={t.twoFactorFirstCode}
            errors={confirm.fieldErrors.code}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
          />
          <button type="submit" disabled={!confirm.ready} className={buttonClassName}>
            {t.twoFactorConfirm}
          </button>
        </form>
        <form onSubmit={start.submit}>
          <button type="submit" disabled={!start.ready} className={secondaryButtonClassName}>
            {t.twoFactorStartOver}
          </button>
        </form>
      </div>
    );
  }

  if (state.kind === 'on') {
    return (
      <div className="grid max-w-xl gap-4">
        <p className="text-sm">{t.twoFactorOn(state.enabledAt, state.recoveryCodesLeft)}</p>
        <form onSubmit={disable.submit} className="flex flex-wrap items-end gap-4" noValidate>
          <InputField
            id="disable-code"
            label={t.twoFactorDisableCode}
            errors={disable.fieldErrors.code}
            name="code"
            autoComplete="one-time-code"
            required
          />
          <button type="submit" disabled={!disable.ready} className={secondaryButtonClassName}>
            {t.twoFactorTurnOff}
          </button>
        </form>
      </div>
    );
  }

  return (
    <form onSubmit={start.submit} className="grid max-w-xl gap-4">
      <p className="text-sm">{t.twoFactorOff}</p>
      <p role="alert" className="text-sm text-accent empty:hidden">
        {start.fieldErrors.code?.join(' ')}
      </p>
      <div>
        <button type="submit" disabled={!start.ready} className={buttonClassName}>
          {t.twoFactorTurnOn}
        </button>
      </div>
    </form>
  );
}
