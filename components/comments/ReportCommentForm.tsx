import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormField, inputClassName } from '@/components/shared/FormField';
import { commentLimits as limits } from '@/lib/comments/limits';
import type { CommentFailure } from '@/lib/comments/view';
import { getCommentMessages, type CommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { commentApi } from './comment-api';
import { PanelFooter } from './PanelFooter';
import { closeOnEscape, panelClassName } from './ui';

type Props = { id: string; commentId: string; locale: Locale; onReported: () => void; onClose: () => void };
type Reason = keyof CommentMessages['reasons'];

/** A reason from the moderators' list and an optional note; the queue gets it, the reader gets a thank-you. */
export function ReportCommentForm({ id, commentId, locale, onReported, onClose }: Props) {
  const t = getCommentMessages(locale);
  const [reason, setReason] = useState<Reason | null>(null);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<CommentFailure | null>(null);
  const [pending, setPending] = useState(false);
  const fieldset = useRef<HTMLFieldSetElement>(null);

  useEffect(() => fieldset.current?.querySelector('input')?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setFailure(null);
    const result = await commentApi.report(locale, commentId, reason ?? '', note.trim());
    setPending(false);
    if (result.ok) return onReported();
    setFailure(result.failure);
  }

  const reasonErrors = failure?.fieldErrors?.reason;
  return (
    <form id={id} onSubmit={submit} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={t.reportTitle} className={panelClassName}>
      <fieldset
        ref={fieldset}
        aria-describedby={reasonErrors ? `${id}-reason-error` : undefined}
        className="flex flex-col gap-1"
      >
        <legend className="mb-1 text-sm font-semibold">{t.reportReason}</legend>
        {(Object.entries(t.reasons) as [Reason, string][]).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="reason" value={value} checked={reason === value} onChange={() => setReason(value)} />
            {label}
          </label>
        ))}
        {reasonErrors && (
          <p id={`${id}-reason-error`} className="text-sm text-accent">
            {reasonErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <FormField id={`${id}-note`} label={t.reportNote} errors={failure?.fieldErrors?.note}>
        {(control) => (
          <textarea
            {...control}
            name="note"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            maxLength={limits.reportNoteMax}
            rows={2}
            className={inputClassName}
          />
        )}
      </FormField>
      <PanelFooter failure={failure} pending={pending} submitLabel={t.reportSubmit} cancelLabel={t.cancel} onClose={onClose} />
    </form>
  );
}
