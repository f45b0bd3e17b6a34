'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { addCorrectionAction } from '@/app/(admin)/admin/articles/actions';
import { buttonClassName, TextareaField } from '@/components/shared/FormField';
import type { Failure } from '@/lib/actions/result';
import { articleMessages } from '@/lib/i18n/admin/articles';
import type { Locale } from '@/lib/i18n/locales';

/** A dated correction note per language; the server asks for the English note when the Korean one comes alone. */
export function CorrectionForm({ articleId, locale }: { articleId: string; locale: Locale }) {
  const t = articleMessages[locale];
  const router = useRouter();
  const [notes, setNotes] = useState({ ko: '', en: '' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [added, setAdded] = useState(false);
  const [pending, startTransition] = useTransition();

  const submit = () =>
    startTransition(async () => {
      const result = await addCorrectionAction({ articleId, ...notes });
      setFailure(result.ok ? null : result);
      setAdded(result.ok);
      if (result.ok) {
        setNotes({ ko: '', en: '' });
        router.refresh();
      }
    });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="flex flex-col gap-3"
    >
      <p className="text-sm text-muted">{t.correctionHint}</p>
      {(['ko', 'en'] as const).map((noteLocale) => (
        <TextareaField
          key={noteLocale}
          id={`correction-${noteLocale}`}
          label={noteLocale === 'ko' ? t.correctionKo : t.correctionEn}
          errors={failure?.fieldErrors[noteLocale]}
          lang={noteLocale}
          rows={2}
          value={notes[noteLocale]}
          onChange={(e) => setNotes((n) => ({ ...n, [noteLocale]: e.target.value }))}
        />
      ))}
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClassName} disabled={pending}>
          {t.addCorrection}
        </button>
        <p role="status" className="text-sm">
          {added ? t.correctionAdded : (failure?.error ?? '')}
        </p>
      </div>
    </form>
  );
}
