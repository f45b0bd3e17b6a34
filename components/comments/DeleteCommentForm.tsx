import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormField, inputClassName } from '@/components/shared/FormField';
import { commentLimits as limits } from '@/lib/comments/reader/comment-limits';
import type { CommentFailure } from '@/lib/comments/reader/comment-view';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import type { Locale } from '@/lib/i18n/locales';
import { commentApi } from './comment-api';
import { PanelFooter } from './PanelFooter';
import { clearErrorOnInput, closeOnEscape, panelClassName } from './ui';

type Props = { id: string; commentId: string; locale: Locale; onDeleted: () => void; onClose: () => void };

/** Asks for the password the author chose; the server checks it (and slows down guessing). */
export function DeleteCommentForm({ id, commentId, locale, onDeleted, onClose }: Props) {
  const t = getCommentMessages(locale);
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<CommentFailure | null>(null);
  const [pending, setPending] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setFailure(null);
    const result = await commentApi.deleteOwn(locale, commentId, password);
    setPending(false);
    if (result.ok) return onDeleted();
    setPassword('');
    setFailure(result.failure);
    input.current?.focus();
  }

  return (
    <form
      id={id}
      onSubmit={submit}
      onKeyDown={closeOnEscape(onClose)}
      onInput={clearErrorOnInput(setFailure)}
      noValidate
      aria-label={t.deleteTitle}
      className={panelClassName}
    >
      <FormField id={`${id}-password`} label={t.password} hint={t.deletePrompt} errors={failure?.fieldErrors?.password}>
        {(control) => (
          <input
            {...control}
            ref={input}
            type="password"
            name="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
            maxLength={limits.passwordMax}
            autoComplete="current-password"
            className={`${inputClassName} max-w-xs`}
          />
        )}
      </FormField>
      <PanelFooter failure={failure} pending={pending} submitLabel={t.deleteConfirm} cancelLabel={t.cancel} onClose={onClose} />
    </form>
  );
}
