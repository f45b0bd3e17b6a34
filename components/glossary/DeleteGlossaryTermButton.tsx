'use client';

import type { ReactNode } from 'react';

/** Asks before the form deletes; without JavaScript the form deletes straight away (the audit log keeps the term). */
export function DeleteGlossaryTermButton({ confirmation, children }: { confirmation: string; children: ReactNode }) {
  return (
    <button
      type="submit"
      onClick={(event) => {
        if (!window.confirm(confirmation)) event.preventDefault();
      }}
      className="font-semibold text-accent hover:underline"
    >
      {children}
    </button>
  );
}
