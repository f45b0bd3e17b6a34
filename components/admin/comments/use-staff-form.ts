'use client';

import { useState, useTransition, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/actions/staff-action';

/**
 * Submits a form to a staff server action by hand, not through `<form action>`: React would reset the fields
 * after the action and lose what was typed when it is refused. `onSaved` runs after a success (e.g. to clear a field).
 */
export function useStaffForm<T>(action: (form: FormData) => Promise<ActionResult<T>>, onSaved?: (form: HTMLFormElement) => void) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    startTransition(async () => {
      const outcome = await action(new FormData(form));
      setResult(outcome);
      if (outcome.ok) onSaved?.(form);
    });
  }

  const fieldErrors = result && !result.ok ? result.fieldErrors : {};
  const formError = result && !result.ok ? result.formError : null;
  return { submit, pending, result, fieldErrors, formError };
}
