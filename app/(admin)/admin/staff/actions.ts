'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { changeContactEmail } from '@/lib/staff/change-contact-email';
import { changeStaffRole } from '@/lib/staff/change-role';
import { createStaff } from '@/lib/staff/create-staff';
import { formValues, type FormState } from '@/lib/staff/form-state';
import type { ContactEmailChangeField, NewStaffField, RoleChangeField, StaffTargetField } from '@/lib/staff/schemas';
import { deactivateStaff, reactivateStaff } from '@/lib/staff/set-staff-active';
import type { StaffChangeResult } from '@/lib/staff/field-errors';

export async function createStaffAction(_: FormState<NewStaffField>, formData: FormData): Promise<FormState<NewStaffField>> {
  const actor = await requireStaff('staff.manage');
  const result = await createStaff(getDatabase(), actor, Object.fromEntries(formData));
  if (!result.ok) {
    return { fieldErrors: result.fieldErrors, values: formValues(formData, ['nameKo', 'nameEn', 'email', 'slug', 'role', 'deskId']), done: false };
  }
  redirect('/admin/staff');
}

function rowState<Field extends string>(result: StaffChangeResult<Field>, values: FormState<Field>['values'] = {}): FormState<Field> {
  if (result.ok) refresh();
  return { fieldErrors: result.ok ? {} : result.fieldErrors, values: result.ok ? {} : values, done: result.ok };
}

export async function changeRoleAction(_: FormState<RoleChangeField>, formData: FormData): Promise<FormState<RoleChangeField>> {
  const actor = await requireStaff('staff.manage');
  return rowState(await changeStaffRole(getDatabase(), actor, Object.fromEntries(formData)));
}

export async function deactivateStaffAction(_: FormState<StaffTargetField>, formData: FormData): Promise<FormState<StaffTargetField>> {
  const actor = await requireStaff('staff.manage');
  return rowState(await deactivateStaff(getDatabase(), actor, Object.fromEntries(formData)));
}

export async function reactivateStaffAction(_: FormState<StaffTargetField>, formData: FormData): Promise<FormState<StaffTargetField>> {
  const actor = await requireStaff('staff.manage');
  return rowState(await reactivateStaff(getDatabase(), actor, Object.fromEntries(formData)));
}

export async function changeContactEmailAction(
  _: FormState<ContactEmailChangeField>,
  formData: FormData,
): Promise<FormState<ContactEmailChangeField>> {
  const actor = await requireStaff('staff.manage');
  return rowState(await changeContactEmail(getDatabase(), actor, Object.fromEntries(formData)), formValues(formData, ['contactEmail']));
}
