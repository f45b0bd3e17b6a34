import { z } from 'zod';
import { Role } from '@/lib/db/generated/enums';
import { staffText } from '@/lib/security/text';
import { withCode } from '@/lib/actions/codes';

export const minimumPasswordLength = 12;

export const personName = staffText().trim().min(1, withCode('required')).max(100, withCode('tooLong'));

/** The sign-in address, never shown to readers. Stored lower-cased: sign-in compares them that way. */
export const staffEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, withCode('required'))
  .max(320, withCode('tooLong'))
  .pipe(z.email(withCode('emailInvalid')));

/** The address readers may write to, shown on bylines and the reporter page: optional, an empty field is none. */
export const contactEmailSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z
    .string()
    .trim()
    .max(320, withCode('tooLong'))
    .pipe(z.email(withCode('emailInvalid')))
    .nullable(),
);

export const newPasswordSchema = z.string().min(minimumPasswordLength, withCode('passwordTooShort')).max(1024, withCode('tooLong'));

export const staffIdSchema = z.uuid(withCode('staffNotFound'));
export const roleSchema = z.enum(Role, withCode('roleInvalid'));

/** A desk chosen from a select whose empty option means none. */
export const deskIdSchema = z.preprocess(
  (value) => (value === '' || value === undefined ? null : value),
  z.uuid(withCode('deskInvalid')).nullable(),
);

export const newStaffSchema = z.object({
  nameKo: personName,
  nameEn: personName,
  email: staffEmailSchema,
  slug: z
    .string()
    .trim()
    .min(1, withCode('required'))
    .max(60, withCode('tooLong'))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, withCode('slugInvalid')),
  role: roleSchema,
  deskId: deskIdSchema,
  password: newPasswordSchema,
});
export type NewStaffField = keyof z.input<typeof newStaffSchema>;
export type NewStaff = z.output<typeof newStaffSchema>;

export const roleChangeSchema = z.object({ staffId: staffIdSchema, role: roleSchema });
export type RoleChange = z.output<typeof roleChangeSchema>;

export const staffTargetSchema = z.object({ staffId: staffIdSchema });

export const contactEmailChangeSchema = z.object({ staffId: staffIdSchema, contactEmail: contactEmailSchema });
export type ContactEmailChange = z.output<typeof contactEmailChangeSchema>;

export const bioMaxLength = 1000;

/** Plain text: React prints it as text, so only the length needs a limit. An empty bio is none. */
const bio = staffText()
  .trim()
  .max(bioMaxLength, withCode('tooLong'))
  .transform((text) => text || null);

export const profileSchema = z.object({
  nameKo: personName,
  nameEn: personName,
  bioKo: bio,
  bioEn: bio,
  deskId: deskIdSchema,
  contactEmail: contactEmailSchema,
  // Left out by forms of staff who may not open the photo library: the portrait then stays as it is.
  photoId: z.preprocess((value) => (value === '' ? null : value), z.uuid(withCode('photoInvalid')).nullable()).optional(),
});
export type ProfileField = keyof z.input<typeof profileSchema>;

/** An admin's edit of another staff member's page. */
export const staffProfileSchema = profileSchema.extend({ staffId: staffIdSchema });
