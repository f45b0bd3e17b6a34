'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signInPage } from '@/lib/auth/paths';
import { requireStaff } from '@/lib/auth/session';
import { getSignInLimits } from '@/lib/auth/sign-in-limits';
import { getDatabase } from '@/lib/runtime/database';
import { clientAddress } from '@/lib/security/client-address';
import { changeOwnPassword, type PasswordChangeField } from '@/lib/staff/change-own-password';
import { changeOwnUiLocale, type UiLocaleField } from '@/lib/staff/change-ui-locale';
import { formValues, type FormState } from '@/lib/staff/form-state';
import { updateOwnProfile, type ProfileField } from '@/lib/staff/update-profile';

export async function changePasswordAction(_: FormState<PasswordChangeField>, formData: FormData): Promise<FormState<PasswordChangeField>> {
  const staff = await requireStaff('profile.editOwn');
  const address = clientAddress((await headers()).get('x-forwarded-for'));
  const result = await changeOwnPassword(getDatabase(), getSignInLimits(), { ...staff, address }, Object.fromEntries(formData));
  if (!result.ok) return { fieldErrors: result.fieldErrors, values: {}, done: false };
  // The change ended this session too: sign in again with the new password.
  redirect(`${signInPage}?${new URLSearchParams({ reason: 'password-changed', lang: staff.uiLocale, next: '/admin/account' })}`);
}

export async function changeUiLocaleAction(_: FormState<UiLocaleField>, formData: FormData): Promise<FormState<UiLocaleField>> {
  const staff = await requireStaff('profile.editOwn');
  const result = await changeOwnUiLocale(getDatabase(), staff, Object.fromEntries(formData));
  if (!result.ok) return { fieldErrors: result.fieldErrors, values: {}, done: false };
  refresh();
  return { fieldErrors: {}, values: {}, done: true };
}

export async function updateProfileAction(_: FormState<ProfileField>, formData: FormData): Promise<FormState<ProfileField>> {
  const staff = await requireStaff('profile.editOwn');
  const result = await updateOwnProfile(getDatabase(), staff, Object.fromEntries(formData));
  if (!result.ok) {
    return { fieldErrors: result.fieldErrors, values: formValues(formData, ['nameKo', 'nameEn', 'bioKo', 'bioEn', 'deskId', 'contactEmail', 'photoId']), done: false };
  }
  refresh();
  return { fieldErrors: {}, values: {}, done: true };
}
