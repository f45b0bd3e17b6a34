import { defineRoute } from '@/lib/actions/define-route';
import { staffVoice } from '@/lib/actions/failure';
import { passwordResetSchema, resetPasswordWithToken } from '@/lib/auth/password-reset';
import { isLocale } from '@/lib/i18n/locales';

/**
 * The one newsroom change made signed out: the link's token is the authority (32 random bytes, good once for 30
 * minutes). Answers in the language of the page that sent it, and with the account's own for the sign-in page.
 */
export const POST = defineRoute({
  access: 'public',
  input: passwordResetSchema,
  voice: (sent) => {
    const lang = (sent as { lang?: unknown } | null)?.lang;
    return staffVoice(typeof lang === 'string' && isLocale(lang) ? lang : 'ko');
  },
  handler: async ({ input, db }) => ({ locale: await resetPasswordWithToken(db, input) }),
});
