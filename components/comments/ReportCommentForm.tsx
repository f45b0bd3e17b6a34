import { useEffect, useRef, useState, type FormEvent } from 'react';
import { commentLimits as limits } from '@/lib/comments/reader/comment-limits';
import type { CommentFailure } from '@/lib/comments/reader/comment-view';
import { getCommentMessages, type CommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { AntiSpamField } from './AntiSpamField';
import { commentApi, withoutFieldError, type ChallengeKind } from './comment-api';
import { CountedTextarea, sentLength } from './CountedTextarea';
import { PanelFooter } from './PanelFooter';
import { clearErrorOnInput, closeOnEscape, panelClassName } from './ui';
import { useChallenge } from './use-challenge';

type Props = { id: string; commentId: string; slug: string; locale: Locale; onReported: () => void; onClose: () => void };
type Reason = keyof CommentMessages['reasons'];

/**
 * A reason from the moderators' list and an optional note; the queue gets it, the reader gets a thank-you. A reader's
 * first report on an article also needs the anti-spam number: when the server asks for it, the panel shows it.
 */
export function ReportCommentForm({ id, commentId, slug, locale, onReported, onClose }: Props) {
  const t = getCommentMessages(locale);
  const challenge = useChallenge(locale, slug);
  const [asked, setAsked] = useState(false);
  const [reason, setReason] = useState<Reason | null>(null);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<CommentFailure | null>(null);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const fieldset = useRef<HTMLFieldSetElement>(null);

  useEffect(() => fieldset.current?.querySelector('input')?.focus(), []);

  // Once the server asked for the number (or refused it), its field gets the focus when it is on the page.
  const refused = useRef(false);
  useEffect(() => {
    if (!refused.current) return;
    refused.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failure]);

  function switchChallenge(kind: ChallengeKind) {
    setFailure((f) => withoutFieldError(f, 'answer'));
    challenge.switchTo(kind);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sentLength(note) > limits.reportNoteMax) return form.current?.querySelector('textarea')?.focus();
    if (pending || challenge.solving) return;
    setPending(true);
    setFailure(null);
    const answer = asked ? { challengeId: challenge.state.challenge?.id ?? '', answer: challenge.state.answer } : undefined;
    const result = await commentApi.report(locale, commentId, reason ?? '', note.trim(), answer);
    setPending(false);
    if (result.ok) return onReported();
    // Asked for the number, or the number sent was wrong or expired (and so used up): a fresh one.
    if (result.failure.fieldErrors?.answer) {
      if (asked) challenge.renew();
      else challenge.start();
      setAsked(true);
    }
    refused.current = true;
    setFailure(result.failure);
  }

  const reasonErrors = failure?.fieldErrors?.reason;
  return (
    <form
      ref={form}
      id={id}
      onSubmit={submit}
      onKeyDown={closeOnEscape(onClose)}
      onInput={clearErrorOnInput(setFailure)}
      noValidate
      data-challenge-id={asked ? challenge.state.challenge?.id : undefined}
      aria-label={t.reportTitle}
      className={panelClassName}
    >
      <fieldset ref={fieldset} aria-describedby={reasonErrors ? `${id}-reason-error` : undefined} className="flex flex-col gap-1">
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
      <CountedTextarea
        id={`${id}-note`}
        name="note"
        label={t.reportNote}
        locale={locale}
        value={note}
        onChange={setNote}
        max={limits.reportNoteMax}
        errors={failure?.fieldErrors?.note}
        rows={2}
      />
      {asked && (
        <AntiSpamField
          locale={locale}
          idPrefix={id}
          challenge={challenge}
          errors={failure?.fieldErrors?.answer}
          onSwitch={switchChallenge}
        />
      )}
      <PanelFooter
        failure={failure}
        pending={pending || challenge.solving}
        submitLabel={t.reportSubmit}
        cancelLabel={t.cancel}
        onClose={onClose}
      />
    </form>
  );
}
