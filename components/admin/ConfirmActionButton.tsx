'use client';

import type { ReactNode } from 'react';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';

type Props = { id: string; confirmation: string; action: (form: FormData) => Promise<Result<boolean>>; children: ReactNode };

/** Asks first, then runs a staff action on one record (a banned word, a ban, a glossary term); the page refreshes from the action. */
export function ConfirmActionButton({ id, confirmation, action, children }: Props) {
  const { submit, ready } = useAction(action);
  return (
    <form onSubmit={(event) => (window.confirm(confirmation) ? submit(event) : event.preventDefault())}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={!ready} className="font-semibold text-accent hover:underline disabled:opacity-60">
        {children}
      </button>
    </form>
  );
}
