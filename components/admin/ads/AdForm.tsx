'use client';

import { useState, useTransition, type ComponentProps, type FormEvent } from 'react';
import { buttonClassName, FormField, InputField } from '@/components/shared/FormField';
import { uploadPhoto } from '@/components/media/upload-photo';
import { useHydrated } from '@/components/shared/use-hydrated';
import { errorsAt, type Result } from '@/lib/actions/result';
import { adLimits, type AdField, type AdSlotKey } from '@/lib/ads/schema';
import { adsMessages } from '@/lib/i18n/admin/ads';
import { errorMessages } from '@/lib/i18n/admin/errors';
import type { Locale } from '@/lib/i18n/locales';

type Props = {
  locale: Locale;
  slot: AdSlotKey;
  /** The slot's ad as it stands, times as Korea-time input values. */
  current: { href: string; altKo: string; altEn: string; startsAt: string; endsAt: string; enabled: boolean; hasImage: boolean };
  action: (form: FormData) => Promise<Result<unknown>>;
};

/** The fields beside the image and the switch: each required, and shown with the slot's ad as it stands. */
type TextField = Exclude<keyof Props['current'], 'enabled' | 'hasImage'>;

/**
 * One slot's ad. A chosen image goes first through the photo upload route (its checks and processing); the ad is
 * then saved with the stored photo's id, so the action never receives the file itself.
 */
export function AdForm({ locale, slot, current, action }: Props) {
  const t = adsMessages[locale];
  const [result, setResult] = useState<Result<unknown> | null>(null);
  const [uploading, setUploading] = useState(false);
  const [pending, startTransition] = useTransition();
  const busy = pending || uploading;
  const hydrated = useHydrated();
  const failure = result && !result.ok ? result : null;
  const errorsOf = (name: AdField) => (failure ? errorsAt(failure.fieldErrors, name) : []);
  const id = (name: string) => `ad-${slot}-${name}`;
  const field = (idName: string, name: TextField, attributes: Partial<ComponentProps<typeof InputField>>) => (
    <InputField id={id(idName)} label={t[name]} errors={errorsOf(name)} name={name} required defaultValue={current[name]} {...attributes} />
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    form.delete('file');
    if (file instanceof File && file.size > 0) {
      setUploading(true);
      const uploaded = await uploadPhoto(file, () => {}, errorMessages[locale].actionErrors.unavailable);
      setUploading(false);
      if (!uploaded.ok) return setResult({ ...uploaded, fieldErrors: { photoId: [uploaded.error] } });
      form.set('photoId', uploaded.data.id);
    }
    startTransition(async () => setResult(await action(form)));
  }

  return (
    <form onSubmit={submit} aria-label={t.slots[slot]} noValidate className="flex flex-col gap-4">
      <p role="status" className="text-sm font-semibold empty:hidden">
        {result?.ok ? t.saved : uploading ? t.uploading : ''}
      </p>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {failure && Object.keys(failure.fieldErrors).length === 0 ? failure.error : ''}
      </p>
      <input type="hidden" name="slot" value={slot} />
      <FormField id={id('file')} label={t.image} hint={t.imageHint} errors={errorsOf('photoId')}>
        {(control) => (
          <input {...control} type="file" name="file" accept="image/jpeg,image/png,image/webp,image/avif" required={!current.hasImage} />
        )}
      </FormField>
      {field('href', 'href', { type: 'url', hint: t.hrefHint, maxLength: adLimits.href })}
      <div className="grid gap-4 sm:grid-cols-2">
        {field('alt-ko', 'altKo', { lang: 'ko', maxLength: adLimits.alt })}
        {field('alt-en', 'altEn', { lang: 'en', maxLength: adLimits.alt })}
        {field('starts-at', 'startsAt', { type: 'datetime-local' })}
        {field('ends-at', 'endsAt', { type: 'datetime-local' })}
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="enabled" defaultChecked={current.enabled} />
        {t.enabled}
      </label>
      <div>
        <button type="submit" disabled={!hydrated || busy} className={buttonClassName}>
          {busy ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
