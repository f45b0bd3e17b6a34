'use client';

import { fetchResult, postJson, type Failure } from '@/lib/actions/result';
import { useState, useTransition } from 'react';
import { InputField } from '@/components/shared/FormField';
import { banPeriods, banReasonMax, type BanPeriod } from '@/lib/comments/moderation/moderation-limits';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import { QueueDialog } from './QueueDialog';

export type BanTarget = { kind: 'NICKNAME' | 'IP_HASH'; values: string[]; labels: string[] };

type Props = { target: BanTarget; t: AdminMessages['comments']; onClose: () => void; onDone: (banned: number, deleted: number) => void };

/** Bans the nicknames or address hashes of the chosen comments, for a period, with a reason; optionally deletes what they posted. */
export function BanDialog({ target, t, onClose, onDone }: Props) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    const body = {
      kind: target.kind,
      values: target.values,
      period: form.get('period'),
      reason: form.get('reason'),
      deleteExisting: form.get('deleteExisting') === 'on',
    };
    startTransition(async () => {
      const result = await fetchResult<{ banned: number; deleted: number }>('/api/admin/comments/bans', postJson(body), t.failed);
      if (result.ok) onDone(result.data.banned, result.data.deleted);
      else setFailure(result);
    });
  }

  return (
    <QueueDialog
      title={t.banTitle[target.kind]}
      submitLabel={t.confirmBan}
      cancelLabel={t.cancel}
      pending={pending}
      pendingLabel={t.working}
      error={failure?.error ?? null}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="text-sm">
        <p className="font-semibold">{t.banTargets}</p>
        <ul className="mt-1 flex flex-wrap gap-2">
          {target.labels.map((label) => (
            <li key={label}>
              <code className="rounded bg-rule/60 px-1.5 py-0.5">{label}</code>
            </li>
          ))}
        </ul>
      </div>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="mb-1 text-sm font-semibold">{t.period}</legend>
        {(Object.keys(banPeriods) as BanPeriod[]).map((period) => (
          <label key={period} className="flex items-center gap-2">
            <input type="radio" name="period" value={period} defaultChecked={period === 'week'} />
            {t.periods[period]}
          </label>
        ))}
      </fieldset>
      <InputField
        id="ban-reason"
        label={t.banReason}
        errors={failure?.fieldErrors.reason}
        name="reason"
        required
        maxLength={banReasonMax}
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="deleteExisting" />
        {t.deleteExisting}
      </label>
    </QueueDialog>
  );
}
