'use server';

import { redirect } from 'next/navigation';
import { settle } from '@/lib/actions/define-action';
import { staffVoice } from '@/lib/actions/failure';
import type { Result } from '@/lib/actions/result';
import { signInPage } from '@/lib/auth/paths';
import { passwordResetSchema, resetPasswordWithToken } from '@/lib/auth/password-reset';
import { isLocale } from '@/lib/i18n/locales';
import { getDatabase } from '@/lib/runtime/database';

/**
 * The one newsroom action taken signed out: the link's token is the authority (32 random bytes, good once for 30
 * minutes), and the proxy refuses it posted from another site like every other. Answers in the page's language.
 */
export async function resetPasswordAction(form: FormData): Promise<Result<never>> {
  const lang = form.get('lang');
  const locale = typeof lang === 'string' && isLocale(lang) ? lang : 'ko';
  const result = await settle(passwordResetSchema, form, staffVoice(locale), (input) => resetPasswordWithToken(getDatabase(), input));
  if (!result.ok) return result;
  redirect(`${signInPage}?${new URLSearchParams({ reason: 'password-changed', lang: result.data })}`);
}
