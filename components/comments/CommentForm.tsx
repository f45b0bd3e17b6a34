import { useEffect, useRef, useState, type FormEvent } from 'react';
import { buttonClassName, FormField, inputClassName } from '@/components/shared/FormField';
import { commentLimits as limits } from '@/lib/comments/reader/comment-limits';
import type { CommentFailure, CommentMode } from '@/lib/comments/reader/comment-view';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { AntiSpamField } from './AntiSpamField';
import { commentApi, formMessage, withoutFieldError, type ChallengeKind, type Posted } from './comment-api';
import { CountedTextarea, sentLength } from './CountedTextarea';
import { rememberedNickname, rememberNickname } from './remembered-nickname';
import { busyClassName, clearErrorOnInput } from './ui';
import { useChallenge } from './use-challenge';

type Props = { slug: string; locale: Locale; mode: Exclude<CommentMode, 'CLOSED'>; onPosted: (posted: Posted) => void };

const emptyFields = { nickname: '', password: '', content: '' };

/**
 * 닉네임, 패스워드, 도배방지 숫자, 내용: the server checks everything and answers in the page's language;
 * its messages appear next to their fields, each until its field is changed, and what the reader typed stays.
 * The nickname stays for the reader's next comment, on this article or another, for the session.
 */
export function CommentForm({ slug, locale, mode, onPosted }: Props) {
  const t = getCommentMessages(locale);
  const challenge = useChallenge(locale, slug);
  const [fields, setFields] = useState(() => ({ ...emptyFields, nickname: rememberedNickname() }));
  const [failure, setFailure] = useState<CommentFailure | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refusal, the first field the server named gets the focus (once the errors are on the page).
  const refused = useRef(false);
  useEffect(() => {
    if (!refused.current) return;
    refused.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failure]);

  const set = (name: keyof typeof emptyFields) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: event.target.value }));
  const errorsFor = (field: string) => failure?.fieldErrors?.[field];
  const busy = pending || challenge.solving;
  const contentOverLimit = sentLength(fields.content) > limits.contentMax;

  function switchChallenge(kind: ChallengeKind) {
    setFailure((f) => withoutFieldError(f, 'answer'));
    challenge.switchTo(kind);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The field already says how much to cut; the server would only refuse it.
    if (contentOverLimit) return formRef.current?.querySelector('textarea')?.focus();
    if (busy) return;
    setPending(true);
    setFailure(null);
    const result = await commentApi.post(locale, slug, {
      ...fields,
      challengeId: challenge.state.challenge?.id ?? '',
      answer: challenge.state.answer,
    });
    setPending(false);
    challenge.renew();
    if (!result.ok) {
      refused.current = true;
      setFailure(result.failure);
      return;
    }
    rememberNickname(fields.nickname);
    setFields({ ...emptyFields, nickname: fields.nickname });
    onPosted(result.data);
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      // The first challenge is fetched when the reader starts writing, not for everyone who scrolls past.
      onFocusCapture={challenge.start}
      onInput={clearErrorOnInput(setFailure)}
      noValidate
      data-challenge-id={challenge.state.challenge?.id}
      aria-labelledby="comment-form-title"
      className="mt-4 flex flex-col gap-4 rounded border border-rule p-4 sm:p-5"
    >
      <h3 id="comment-form-title" className="font-bold">
        {t.formTitle}
      </h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="comment-nickname" label={t.nickname} errors={errorsFor('nickname')}>
          {(control) => (
            <input
              {...control}
              name="nickname"
              value={fields.nickname}
              onChange={set('nickname')}
              required
              minLength={limits.nicknameMin}
              maxLength={limits.nicknameMax}
              autoComplete="nickname"
              className={inputClassName}
            />
          )}
        </FormField>
        <FormField id="comment-password" label={t.password} hint={t.passwordHint} errors={errorsFor('password')}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              value={fields.password}
              onChange={set('password')}
              required
              minLength={limits.passwordMin}
              maxLength={limits.passwordMax}
              autoComplete="new-password"
              className={inputClassName}
            />
          )}
        </FormField>
      </div>
      <AntiSpamField locale={locale} challenge={challenge} errors={errorsFor('answer')} onSwitch={switchChallenge} />
      <CountedTextarea
        id="comment-content"
        name="content"
        label={t.content}
        locale={locale}
        value={fields.content}
        onChange={(content) => setFields((f) => ({ ...f, content }))}
        max={limits.contentMax}
        errors={errorsFor('content')}
        required
        rows={4}
      />
      <p className="text-xs leading-relaxed text-muted">{t.notice}</p>
      {mode === 'PREMODERATED' && <p className="text-sm font-semibold">{t.premoderated}</p>}
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {formMessage(failure)}
      </p>
      <div className="flex justify-end">
        <button type="submit" aria-disabled={busy || undefined} className={`${buttonClassName} ${busyClassName}`}>
          {pending ? t.submitting : t.submit}
        </button>
      </div>
    </form>
  );
}
