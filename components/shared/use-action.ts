'use client';

import { useState, useTransition, type FormEvent } from 'react';
import type { Result } from '@/lib/actions/result';
import { useHydrated } from './use-hydrated';

/**
 * Submits a form to a server action (defineAction) and keeps its Result. By hand, not through `<form action>`:
 * React would reset the fields after the action and lose what was typed when it is refused. The form waits for
 * JavaScript (`ready`); `onSaved` runs after a success (to clear a field, say).
 */
export function useAction<T>(action: (form: FormData) => Promise<Result<T>>, onSaved?: (data: T, form: HTMLFormElement) => void) {
  const [result, setResult] = useState<Result<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    startTransition(async () => {
      const outcome = await action(new FormData(form));
      setResult(outcome);
      if (outcome.ok) onSaved?.(outcome.data, form);
    });
  }

  const failure = result && !result.ok ? result : null;
  return { submit, pending, ready: hydrated && !pending, result, fieldErrors: failure?.fieldErrors ?? {}, error: failure?.error ?? null };
}
