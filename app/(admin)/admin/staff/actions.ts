'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { issuePasswordReset, passwordResetPath } from '@/lib/auth/password-reset';
import { setTwoFactorRequired, twoFactorRequirementSchema } from '@/lib/auth/two-factor';
import { staffChanged } from '@/lib/staff/after-change';
import { changeContactEmail } from '@/lib/staff/change-contact-email';
import { changeStaffRole } from '@/lib/staff/change-role';
import { createStaff } from '@/lib/staff/create-staff';
import { contactEmailChangeSchema, newStaffSchema, roleChangeSchema, staffProfileSchema, staffTargetSchema } from '@/lib/staff/schemas';
import { deactivateStaff, reactivateStaff } from '@/lib/staff/set-staff-active';
import { updateStaffProfile } from '@/lib/staff/update-profile';

export const createStaffAction = defineAction({
  input: newStaffSchema,
  access: 'staff.manage',
  handler: ({ input, staff, db }) => createStaff(db, staff, input),
  after: () => redirect('/admin/staff'),
});

export const changeRoleAction = defineAction({
  input: roleChangeSchema,
  access: 'staff.manage',
  handler: ({ input, staff, db }) => changeStaffRole(db, staff, input),
  after: staffChanged,
});

export const deactivateStaffAction = defineAction({
  input: staffTargetSchema,
  access: 'staff.manage',
  handler: ({ input, staff, db }) => deactivateStaff(db, staff, input.staffId),
  after: staffChanged,
});

export const reactivateStaffAction = defineAction({
  input: staffTargetSchema,
  access: 'staff.manage',
  handler: ({ input, staff, db }) => reactivateStaff(db, staff, input.staffId),
  after: staffChanged,
});

export const changeContactEmailAction = defineAction({
  input: contactEmailChangeSchema,
  access: 'staff.manage',
  handler: ({ input, staff, db }) => changeContactEmail(db, staff, input),
  after: staffChanged,
});

/** Answers the link's path and end: the token exists nowhere else, and the admin hands it over. */
export const issuePasswordResetAction = defineAction({
  input: staffTargetSchema,
  access: 'staff.manage',
  handler: async ({ input, staff, db }) => {
    const { token, expiresAt } = await issuePasswordReset(db, staff, input.staffId);
    return { path: passwordResetPath(token), expiresAt: expiresAt.toISOString() };
  },
});

export const setTwoFactorRequiredAction = defineAction({
  input: twoFactorRequirementSchema,
  access: 'staff.manage',
  handler: ({ input, staff, db }) => setTwoFactorRequired(db, staff, input.required),
  after: staffChanged,
});

export const updateStaffProfileAction = defineAction({
  input: staffProfileSchema,
  access: 'staff.manage',
  handler: ({ input, staff, db }) => updateStaffProfile(db, staff, input),
  after: staffChanged,
});
