import type { CredentialsCheck } from './verify-credentials';

/** next-auth hands an error thrown in authorize() to the sign-in form as a bare string: these are the strings. */
export type SignInError = { kind: 'invalid' } | { kind: 'throttled'; minutes: number } | { kind: 'failed' };

/** Sign-in could not be checked (the database is out): only this reaches the browser, never the error itself. */
export const signInFailedCode = 'failed';

export function signInErrorCode(check: Exclude<CredentialsCheck, { ok: true }>): string {
  return check.reason === 'throttled' ? `throttled-${check.retryAfterMinutes}` : 'invalid';
}

export function parseSignInError(code: string): SignInError {
  if (code === 'invalid') return { kind: 'invalid' };
  const throttled = /^throttled-(\d+)$/.exec(code);
  if (throttled) return { kind: 'throttled', minutes: Number(throttled[1]) };
  return { kind: 'failed' };
}
