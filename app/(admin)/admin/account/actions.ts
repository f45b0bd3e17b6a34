'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { signInPage } from '@/lib/auth/paths';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/db/client';
import { changeOwnPassword, type PasswordChangeField } from '@/lib/staff/change-own-password';
import { changeOwnUiLocale, type UiLocaleField } from '@/lib/staff/change-ui-locale';
import type { FormState } from '@/lib/staff/form-state';

export async function changePasswordAction(_: FormState<PasswordChangeField>, formData: FormData): Promise<FormState<PasswordChangeField>> {
  const staff = await requireStaff('profile.editOwn');
  const result = await changeOwnPassword(getDatabase(), staff, Object.fromEntries(formData));
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
