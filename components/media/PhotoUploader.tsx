'use client';

import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { mediaMessages } from '@/lib/i18n/admin/media';
import type { Locale } from '@/lib/i18n/locales';
import { maxUploadBytes, uploadErrorMessage } from '@/lib/media/upload-limits';
import { uploadPhoto, type UploadedPhoto } from './upload-photo';
import { useHydrated } from '@/components/shared/use-hydrated';

type State =
  | { step: 'idle' }
  | { step: 'sending'; name: string; percent: number }
  | { step: 'done'; name: string }
  | { step: 'failed'; message: string };

/** A drop area with an ordinary file input inside it, so mouse, keyboard and screen-reader users all can upload. */
export function PhotoUploader({ locale, onUploaded }: { locale: Locale; onUploaded: (photo: UploadedPhoto) => void }) {
  const t = mediaMessages[locale];
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const sending = state.step === 'sending';
  const hydrated = useHydrated();

  async function send(file: File | undefined) {
    if (!file || sending) return;
    if (file.size > maxUploadBytes) {
      setState({ step: 'failed', message: uploadErrorMessage('tooLarge', t) });
      return;
    }
    setState({ step: 'sending', name: file.name, percent: 0 });
    const result = await uploadPhoto(
      file,
      (sent) => setState({ step: 'sending', name: file.name, percent: Math.round(sent * 100) }),
      t.uploadFailed,
    );
    if (!result.ok) return setState({ step: 'failed', message: result.error });
    setState({ step: 'done', name: file.name });
    onUploaded(result.data);
  }

  function chosen(event: ChangeEvent<HTMLInputElement>) {
    void send(event.target.files?.[0]);
    // Choosing the same file again after a failure must fire a change again.
    event.target.value = '';
  }

  function dropped(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void send(event.dataTransfer.files[0]);
  }

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={dropped}
      className={`flex flex-col gap-2 rounded border-2 border-dashed p-4 ${dragging ? 'border-ink bg-rule/40' : 'border-rule'}`}
    >
      <label htmlFor={inputId} className="text-sm">
        {t.dropHint} <span className="font-semibold">{t.chooseFile}</span>
      </label>
      <input
        id={inputId}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif"
        onChange={chosen}
        disabled={!hydrated || sending}
        aria-describedby={`${inputId}-hint`}
        className="text-sm file:mr-3 file:rounded file:border-0 file:bg-ink file:px-3 file:py-1.5 file:font-semibold file:text-paper"
      />
      <p id={`${inputId}-hint`} className="text-xs text-muted">
        {t.acceptedFiles(maxUploadBytes / 1024 / 1024)}
      </p>
      {sending && (
        <div className="flex items-center gap-2 text-sm">
          <progress max={100} value={state.percent} aria-label={t.uploading(state.name)} className="w-48" />
          <span>{state.percent}%</span>
        </div>
      )}
      <p role="status" className="text-sm empty:hidden">
        {state.step === 'done' ? t.uploaded(state.name) : ''}
      </p>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {state.step === 'failed' ? state.message : ''}
      </p>
    </div>
  );
}
