import { useState } from 'react';
import { inputClassName } from '@/components/shared/FormField';
import type { WorkflowStep } from '@/lib/articles/workflow';
import type { AdminMessages } from '@/lib/i18n/admin-messages';

const stepButton = 'rounded border border-ink px-3 py-2 text-sm font-semibold disabled:opacity-50';

/** The workflow steps this account may take now; scheduling asks for a Korea-time moment. */
export function WorkflowButtons({
  steps,
  busy,
  onStep,
  publishAtErrors,
  t,
}: {
  steps: readonly WorkflowStep[];
  busy: boolean;
  onStep: (step: WorkflowStep, publishAt?: string) => void;
  publishAtErrors: string[];
  t: AdminMessages['articles'];
}) {
  const [publishAt, setPublishAt] = useState('');
  if (steps.length === 0) return null;
  return (
    <div role="group" aria-label={t.workflow} className="flex flex-wrap items-end gap-2">
      {steps.map((step) =>
        step === 'schedule' ? (
          <div key={step} className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col gap-1 text-sm">
              <span className="font-semibold">{t.publishAt}</span>
              <input
                type="datetime-local"
                value={publishAt}
                onChange={(e) => setPublishAt(e.target.value)}
                aria-invalid={publishAtErrors.length > 0 || undefined}
                aria-describedby={publishAtErrors.length > 0 ? 'publish-at-error' : undefined}
                className={inputClassName}
              />
            </label>
            <button type="button" className={stepButton} disabled={busy} onClick={() => onStep(step, publishAt)}>
              {t.steps.schedule}
            </button>
            {publishAtErrors.length > 0 && (
              <p id="publish-at-error" className="w-full text-sm text-accent">
                {publishAtErrors.join(' ')}
              </p>
            )}
          </div>
        ) : (
          <button key={step} type="button" className={stepButton} disabled={busy} onClick={() => onStep(step)}>
            {t.steps[step]}
          </button>
        ),
      )}
    </div>
  );
}
