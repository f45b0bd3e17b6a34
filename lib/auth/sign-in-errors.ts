import type { CredentialsCheck } from './verify-credentials';

/** next-auth hands an error thrown in authorize() to the sign-in form as a bare string: these are the strings. */
export type SignInError =
  { kind: 'invalid' } | { kind: 'codeNeeded' } | { kind: 'codeWrong' } | { kind: 'throttled'; minutes: number } | { kind: 'failed' };

/** Sign-in could not be checked (the database is out): only this reaches the browser, never the error itself. */
export const signInFailedCode = 'failed';

export function signInErrorCode(check: Exclude<CredentialsCheck, { ok: true }>): string {
  if (check.reason === 'throttled') return `throttled-${check.retryAfterMinutes}`;
  if (check.reason === 'codeNeeded') return 'code-needed';
  if (check.reason === 'codeWrong') return 'code-wrong';
  return 'invalid';
}

export function parseSignInError(code: string): SignInError {
  if (code === 'invalid') return { kind: 'invalid' };
  if (code === 'code-needed') return { kind: 'codeNeeded' };
  if (code === 'code-wrong') return { kind: 'codeWrong' };
  const throttled = /^throttled-(\d+)$/.exec(code);
  if (throttled) return { kind: 'throttled', minutes: Number(throttled[1]) };
  return { kind: 'failed' };
}
