'use client';

import { useTransition, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/staff-action';

type Props = { id: string; confirmation: string; action: (input: { id: string }) => Promise<ActionResult<boolean>>; children: ReactNode };

/** Asks first, then runs a staff action on one record (a banned word, a ban); the page refreshes from the action. */
export function ConfirmActionButton({ id, confirmation, action, children }: Props) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        if (window.confirm(confirmation)) startTransition(async () => void (await action({ id })));
      }}
      className="font-semibold text-accent hover:underline disabled:opacity-60"
    >
      {children}
    </button>
  );
}
