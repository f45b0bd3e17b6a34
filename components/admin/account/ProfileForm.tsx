'use client';

import { useState } from 'react';
import { updateProfileAction } from '@/app/(admin)/admin/account/actions';
import { updateStaffProfileAction } from '@/app/(admin)/admin/staff/actions';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { accountMessages } from '@/lib/i18n/admin/account';
import { staffMessages } from '@/lib/i18n/admin/staff';
import type { Locale } from '@/lib/i18n/locales';
import type { StaffProfile } from '@/lib/staff/find-profile';
import { useAction } from '@/components/shared/use-action';
import { bioMaxLength, type ProfileField } from '@/lib/staff/schemas';
import { buttonClassName, InputField, TextareaField } from '@/components/shared/FormField';
import { DeskField } from '../staff/DeskField';

type Props = {
  locale: Locale;
  profile: StaffProfile;
  desks: { id: string; name: string }[];
  /** Only staff who may open the photo library can choose a portrait from it. */
  canChoosePortrait: boolean;
  /** Another staff member's page, edited by an admin; the signed-in staff member's own when absent. */
  staffId?: string;
};

export function ProfileForm({ locale, profile, desks, canChoosePortrait, staffId }: Props) {
  const t = { ...accountMessages[locale], ...staffMessages[locale] };
  const { submit, ready, result, fieldErrors } = useAction(staffId ? updateStaffProfileAction : updateProfileAction);
  const [photoId, setPhotoId] = useState(profile.photoId);
  const errors = (field: ProfileField) => fieldErrors[field] ?? [];
  const initial = (field: Exclude<ProfileField, 'photoId'>) => profile[field] ?? '';

  const name = (field: 'nameKo' | 'nameEn', label: string, lang: Locale) => (
    <InputField
      id={field}
      label={label}
      errors={errors(field)}
      name={field}
      lang={lang}
      autoComplete="off"
      defaultValue={initial(field)}
      required
    />
  );
  const bio = (field: 'bioKo' | 'bioEn', label: string, lang: Locale) => (
    <TextareaField
      id={field}
      label={label}
      hint={t.bioHint(bioMaxLength)}
      errors={errors(field)}
      name={field}
      lang={lang}
      rows={5}
      defaultValue={initial(field)}
    />
  );
  const photoErrors = errors('photoId');

  return (
    <form onSubmit={submit} className="grid max-w-xl gap-4" noValidate>
      {staffId && <input type="hidden" name="staffId" value={staffId} />}
      {name('nameKo', t.nameKo, 'ko')}
      {name('nameEn', t.nameEn, 'en')}
      <DeskField desks={desks} label={t.desk} noDeskLabel={t.noDesk} defaultValue={initial('deskId')} errors={errors('deskId')} />
      <InputField
        id="contactEmail"
        label={t.contactEmail}
        hint={t.contactEmailHint}
        errors={errors('contactEmail')}
        name="contactEmail"
        type="email"
        autoComplete="email"
        defaultValue={initial('contactEmail')}
      />
      {bio('bioKo', t.bioKo, 'ko')}
      {bio('bioEn', t.bioEn, 'en')}
      {canChoosePortrait && (
        <fieldset
          className="flex flex-col gap-2"
          aria-describedby={photoErrors.length > 0 ? 'portrait-hint photoId-error' : 'portrait-hint'}
        >
          <legend className="text-sm font-semibold">{t.portrait}</legend>
          <p id="portrait-hint" className="text-xs text-muted">
            {t.portraitHint}
          </p>
          <input type="hidden" name="photoId" value={photoId ?? ''} />
          {/* The picker keeps an ordered list; a portrait is one photo, the one chosen last. */}
          <PhotoPicker locale={locale} value={photoId ? [photoId] : []} onChange={(ids) => setPhotoId(ids.at(-1) ?? null)} />
          {photoErrors.length > 0 && (
            <p id="photoId-error" className="text-sm text-accent">
              {photoErrors.join(' ')}
            </p>
          )}
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {t.saveProfile}
        </button>
        <p role="status" className="text-sm text-muted">
          {result?.ok ? t.profileSaved : ''}
        </p>
      </div>
    </form>
  );
}
