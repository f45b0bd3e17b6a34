'use client';

import { createStaffAction } from '@/app/(admin)/admin/staff/actions';
import { accountMessages } from '@/lib/i18n/admin/account';
import { staffMessages } from '@/lib/i18n/admin/staff';
import type { Locale } from '@/lib/i18n/locales';
import { useAction } from '@/components/shared/use-action';
import { minimumPasswordLength, type NewStaffField } from '@/lib/staff/schemas';
import { buttonClassName, FormField, inputClassName, InputField } from '@/components/shared/FormField';
import { DeskField } from './DeskField';
import { roleOptions } from './role-options';

export function NewStaffForm({ desks, locale }: { desks: { id: string; name: string }[]; locale: Locale }) {
  const t = { ...staffMessages[locale], newPasswordHint: accountMessages[locale].newPasswordHint };
  const { submit, ready, fieldErrors } = useAction(createStaffAction);
  const errors = (field: NewStaffField) => fieldErrors[field] ?? [];
  const text = (field: NewStaffField, label: string, props: { type?: string; autoComplete?: string; hint?: string } = {}) => (
    <InputField
      id={field}
      label={label}
      hint={props.hint}
      errors={errors(field)}
      name={field}
      type={props.type ?? 'text'}
      autoComplete={props.autoComplete ?? 'off'}
      required
    />
  );

  return (
    <form onSubmit={submit} className="grid max-w-xl gap-4" noValidate>
      {text('nameKo', t.nameKo)}
      {text('nameEn', t.nameEn)}
      {text('email', t.signInEmail, { type: 'email', hint: t.signInEmailHint })}
      {text('slug', t.slug, { hint: t.slugHint })}
      <FormField id="role" label={t.role} errors={errors('role')}>
        {(control) => (
          <select {...control} name="role" defaultValue="REPORTER" className={inputClassName}>
            {roleOptions(t)}
          </select>
        )}
      </FormField>
      <DeskField desks={desks} label={t.desk} noDeskLabel={t.noDesk} defaultValue="" errors={errors('deskId')} />
      {text('password', t.initialPassword, {
        type: 'password',
        autoComplete: 'new-password',
        hint: t.newPasswordHint(minimumPasswordLength),
      })}
      <div>
        <button type="submit" disabled={!ready} className={buttonClassName}>
          {t.createStaff}
        </button>
      </div>
    </form>
  );
}
