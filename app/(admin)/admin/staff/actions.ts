'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { staffChanged } from '@/lib/staff/after-change';
import { changeContactEmail } from '@/lib/staff/change-contact-email';
import { changeStaffRole } from '@/lib/staff/change-role';
import { createStaff } from '@/lib/staff/create-staff';
import { contactEmailChangeSchema, newStaffSchema, roleChangeSchema, staffTargetSchema } from '@/lib/staff/schemas';
import { deactivateStaff, reactivateStaff } from '@/lib/staff/set-staff-active';

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
