'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { rememberAdminLocale } from '@/lib/admin/locale';
import { signInPage } from '@/lib/auth/paths';
import { getSignInLimits } from '@/lib/auth/sign-in-limits';
import { confirmTwoFactor, disableTwoFactor, startTwoFactorEnrolment, twoFactorCodeSchema } from '@/lib/auth/two-factor';
import { clientAddress } from '@/lib/security/client-address';
import { staffChanged } from '@/lib/staff/after-change';
import { changeOwnPassword, passwordChangeSchema } from '@/lib/staff/change-own-password';
import { changeOwnUiLocale, uiLocaleSchema } from '@/lib/staff/change-ui-locale';
import { profileSchema } from '@/lib/staff/schemas';
import { updateOwnProfile } from '@/lib/staff/update-profile';

export const changePasswordAction = defineAction({
  input: passwordChangeSchema,
  access: 'profile.editOwn',
  handler: async ({ input, staff, db }) => {
    const address = clientAddress((await headers()).get('x-forwarded-for'));
    await changeOwnPassword(db, getSignInLimits(), { ...staff, address }, input);
    return staff.uiLocale;
  },
  // The change ended this session too: sign in again with the new password.
  after: (lang) => redirect(`${signInPage}?${new URLSearchParams({ reason: 'password-changed', lang, next: '/admin/account' })}`),
});

export const changeUiLocaleAction = defineAction({
  input: uiLocaleSchema,
  access: 'profile.editOwn',
  handler: async ({ input, staff, db }) => {
    await changeOwnUiLocale(db, staff, input.uiLocale);
    // The same choice as the sign-in page's switch: signed out on this browser, the newsroom keeps this language.
    await rememberAdminLocale(input.uiLocale);
  },
  after: staffChanged,
});

export const updateProfileAction = defineAction({
  input: profileSchema,
  access: 'profile.editOwn',
  handler: ({ input, staff, db }) => updateOwnProfile(db, staff, input),
  after: staffChanged,
});

export const startTwoFactorAction = defineAction({
  input: z.object({}),
  access: 'profile.editOwn',
  handler: ({ staff, db }) => startTwoFactorEnrolment(db, staff),
  after: staffChanged,
});

/** Answers the ten recovery codes: the only time they are ever shown. */
export const confirmTwoFactorAction = defineAction({
  input: twoFactorCodeSchema,
  access: 'profile.editOwn',
  handler: ({ input, staff, db }) => confirmTwoFactor(db, staff, input.code),
  after: staffChanged,
});

export const disableTwoFactorAction = defineAction({
  input: z.object({ code: z.string().trim().max(64).optional() }),
  access: 'profile.editOwn',
  handler: ({ input, staff, db }) => disableTwoFactor(db, staff, input.code),
  after: staffChanged,
});
