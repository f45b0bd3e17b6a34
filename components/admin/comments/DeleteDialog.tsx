'use client';

import { errorsAt, fetchResult, postJson, type Failure } from '@/lib/actions/result';
import { useState, useTransition } from 'react';
import { TextareaField } from '@/components/shared/FormField';
import { moderationNoteMax } from '@/lib/comments/moderation/moderation-limits';
import type { ModerationReason } from '@/lib/db/generated/enums';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import { QueueDialog } from './QueueDialog';

type Props = { ids: string[]; t: AdminMessages['comments']; onClose: () => void; onDone: (changed: number) => void };

/** Deleting needs a reason from the list (and a note for “other”): it is what the audit log keeps. */
export function DeleteDialog({ ids, t, onClose, onDone }: Props) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = (field: string) => (failure ? errorsAt(failure.fieldErrors, field).join(' ') : '') || undefined;

  function submit(form: FormData) {
    const body = { action: 'delete', ids, reason: form.get('reason') ?? undefined, note: form.get('note') };
    startTransition(async () => {
      const result = await fetchResult<{ changed: number }>('/api/admin/comments/actions', postJson(body), t.failed);
      if (result.ok) onDone(result.data.changed);
      else setFailure(result);
    });
  }

  return (
    <QueueDialog
      title={t.deleteTitle(ids.length)}
      submitLabel={t.confirmDelete}
      cancelLabel={t.cancel}
      pending={pending}
      pendingLabel={t.working}
      error={failure?.error ?? null}
      onSubmit={submit}
      onClose={onClose}
    >
      <fieldset aria-describedby={errors('reason') ? 'delete-reason-error' : undefined} className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-semibold">{t.reason}</legend>
        {(Object.keys(t.reasons) as ModerationReason[]).map((reason) => (
          <label key={reason} className="flex items-center gap-2">
            <input type="radio" name="reason" value={reason} required />
            {t.reasons[reason]}
          </label>
        ))}
        {errors('reason') && (
          <p id="delete-reason-error" className="text-sm text-accent">
            {errors('reason')}
          </p>
        )}
      </fieldset>
      <TextareaField
        id="delete-note"
        label={t.note}
        hint={t.noteHint}
        errors={failure?.fieldErrors.note}
        name="note"
        rows={2}
        maxLength={moderationNoteMax}
      />
    </QueueDialog>
  );
}
