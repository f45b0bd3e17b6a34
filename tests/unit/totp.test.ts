import { describe, expect, it } from 'vitest';
import { fromBase32, hotp, matchTotpStep, newTotpSecret, otpauthUri, toBase32, totpCode, totpStep } from '@/lib/auth/totp';

const sha1Seed = Buffer.from('12345678901234567890');

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('gives the RFC’s SHA-1 code at %i seconds', (seconds, code) => {
    expect(hotp(sha1Seed, totpStep(seconds * 1000), 8)).toBe(code);
  });

  it('gives the RFC’s SHA-256 and SHA-512 codes', () => {
    expect(hotp(Buffer.from('12345678901234567890123456789012'), totpStep(59_000), 8, 'sha256')).toBe('46119246');
    expect(hotp(Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'), totpStep(59_000), 8, 'sha512')).toBe(
      '90693936',
    );
  });

  it('reads base32 back as it wrote it, typed in any case with spaces', () => {
    expect(toBase32(sha1Seed)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(fromBase32('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(sha1Seed);
    expect(fromBase32(newTotpSecret())).toHaveLength(20);
  });

  it('accepts the code of the step before, now and after, and no code twice', () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = totpStep(now);
    expect(matchTotpStep(secret, totpCode(secret, now), { now })).toBe(step);
    expect(matchTotpStep(secret, totpCode(secret, now - 30_000), { now })).toBe(step - 1);
    expect(matchTotpStep(secret, totpCode(secret, now + 30_000), { now })).toBe(step + 1);
    expect(matchTotpStep(secret, totpCode(secret, now - 60_000), { now })).toBeNull();
    expect(matchTotpStep(secret, totpCode(secret, now), { now, after: step })).toBeNull();
    expect(matchTotpStep(secret, 'abcdef', { now })).toBeNull();
  });

  it('names the issuer and account in the otpauth address', () => {
    expect(otpauthUri({ secret: 'ABC', account: 'a@b.example', issuer: 'Dateline' })).toBe(
      'otpauth://totp/Dateline:a%40b.example?secret=ABC&issuer=Dateline&algorithm=SHA1&digits=6&period=30',
    );
  });
});
