import { FormField, inputClassName } from '@/components/shared/FormField';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { textButtonClassName } from './ui';
import type { useChallenge } from './use-challenge';
import type { ChallengeKind } from './comment-api';

type Props = {
  locale: Locale;
  /** Starts the field's ids: the comment form's, or a report panel's (several can be on one page). */
  idPrefix?: string;
  challenge: ReturnType<typeof useChallenge>;
  errors?: readonly string[];
  /** Changing the kind of check makes the last answer's error moot. */
  onSwitch: (kind: ChallengeKind) => void;
};

/**
 * 도배방지 숫자: the digits in an image, or for readers who cannot see it a check the browser runs by itself
 * (proof of work). Its progress and result are announced through one live region present in both modes.
 */
export function AntiSpamField({ locale, idPrefix = 'comment', challenge, errors = [], onSwitch }: Props) {
  const t = getCommentMessages(locale);
  const { state, started, renew, setAnswer } = challenge;
  const status =
    state.error ??
    (state.proofUnsupported
      ? t.proofUnsupported
      : state.proofProgress === 1
        ? t.proofDone
        : state.proofProgress !== null
          ? t.proofWorking
          : '');

  return (
    <div className="flex flex-col gap-1">
      {state.kind === 'image' ? (
        <FormField id={`${idPrefix}-answer`} label={t.answer} errors={errors}>
          {(control) => (
            <div className="flex flex-wrap items-center gap-2">
              {state.challenge?.kind === 'image' ? (
                <img src={state.challenge.image} alt={t.challengeImage} width={150} height={50} className="rounded border border-rule" />
              ) : (
                <span className="flex h-[52px] w-[152px] items-center justify-center rounded border border-rule px-2 text-center text-xs text-muted">
                  {started ? t.challengeLoading : t.challengeOnWriting}
                </span>
              )}
              <input
                {...control}
                name="answer"
                value={state.answer}
                onChange={(event) => setAnswer(event.target.value)}
                inputMode="numeric"
                autoComplete="off"
                required
                className={`${inputClassName} w-32`}
              />
              <button type="button" onClick={renew} className="rounded border border-rule px-3 py-2 text-sm hover:border-ink">
                {t.newNumber}
              </button>
            </div>
          )}
        </FormField>
      ) : (
        <div
          role="group"
          aria-labelledby={`${idPrefix}-proof-label`}
          aria-describedby={errors.length > 0 ? `${idPrefix}-proof-error` : undefined}
          className="flex flex-col gap-1"
        >
          <p id={`${idPrefix}-proof-label`} className="text-sm font-semibold">
            {t.proofLabel}
          </p>
          <progress
            aria-labelledby={`${idPrefix}-proof-label`}
            value={state.proofProgress ?? 0}
            max={1}
            className="h-2 w-48 appearance-none overflow-hidden rounded [&::-moz-progress-bar]:bg-ink [&::-webkit-progress-bar]:bg-rule [&::-webkit-progress-value]:bg-ink"
          />
          {errors.length > 0 && (
            <p id={`${idPrefix}-proof-error`} className="text-sm text-accent">
              {errors.join(' ')}
            </p>
          )}
        </div>
      )}
      <p aria-live="polite" className="text-sm text-muted empty:hidden">
        {status}
      </p>
      <button type="button" onClick={() => onSwitch(state.kind === 'image' ? 'proof' : 'image')} className={textButtonClassName}>
        {state.kind === 'image' ? t.proofSwitch : t.imageSwitch}
      </button>
    </div>
  );
}
