import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from '@/lib/auth/paths';
import { parseSignInError, signInErrorCode } from '@/lib/auth/sign-in-errors';

describe('safeNextPath', () => {
  it('keeps admin addresses', () => {
    expect(safeNextPath('/admin/staff?x=1')).toBe('/admin/staff?x=1');
    expect(safeNextPath('/admin')).toBe('/admin');
  });

  it('sends anything else to the dashboard', () => {
    for (const next of [null, '', 'https://evil.example/admin', '//evil.example/admin', '/administrator', '/ko', '/admin/sign-in']) {
      expect(safeNextPath(next)).toBe('/admin');
    }
  });
});

describe('signInPath', () => {
  it('names where to return, unless it is the dashboard', () => {
    expect(signInPath('/admin')).toBe('/admin/sign-in');
    expect(signInPath('/admin/audit?before=5')).toBe('/admin/sign-in?next=%2Fadmin%2Faudit%3Fbefore%3D5');
  });
});

describe('sign-in error codes', () => {
  it('survive the trip through next-auth as strings', () => {
    expect(parseSignInError(signInErrorCode({ ok: false, reason: 'invalid' }))).toEqual({ kind: 'invalid' });
    expect(parseSignInError(signInErrorCode({ ok: false, reason: 'throttled', retryAfterMinutes: 15 }))).toEqual({
      kind: 'throttled',
      minutes: 15,
    });
    expect(parseSignInError('CredentialsSignin')).toEqual({ kind: 'failed' });
  });
});
