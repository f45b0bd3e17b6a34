import { createHmac, randomBytes } from 'node:crypto';

/** RFC 6238 as every authenticator app reads an otpauth:// address by default: HMAC-SHA1, 6 digits, 30-second steps. */
export const totpStepSeconds = 30;
export const totpDigits = 6;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function toBase32(bytes: Uint8Array): string {
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let text = '';
  for (let i = 0; i < bits.length; i += 5) text += base32Alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return text;
}

export function fromBase32(text: string): Buffer {
  const bits = [...text.replace(/[\s=-]/g, '').toUpperCase()]
    .map((char) => {
      const value = base32Alphabet.indexOf(char);
      if (value < 0) throw new Error('Not a base32 secret');
      return value.toString(2).padStart(5, '0');
    })
    .join('');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** 20 random bytes (160 bits, RFC 4226's recommended length) as base32, the form apps take typed in. */
export function newTotpSecret(): string {
  return toBase32(randomBytes(20));
}

export function totpStep(now = Date.now()): number {
  return Math.floor(now / 1000 / totpStepSeconds);
}

/** RFC 4226's HOTP of one counter value, with RFC 6238's choice of hash. */
export function hotp(secret: Buffer, counter: number, digits = totpDigits, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac(algorithm, secret).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function totpCode(secretBase32: string, now = Date.now()): string {
  return hotp(fromBase32(secretBase32), totpStep(now));
}

/**
 * The step whose code this is, allowing one step either side for a phone's clock and the time it takes to type;
 * null when none matches. Steps at or before `after` are not accepted, so a code seen over a shoulder is spent.
 */
export function matchTotpStep(secretBase32: string, code: string, { now = Date.now(), after = null as number | null } = {}): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const secret = fromBase32(secretBase32);
  const current = totpStep(now);
  for (const step of [current - 1, current, current + 1]) {
    if (after !== null && step <= after) continue;
    if (hotp(secret, step) === code) return step;
  }
  return null;
}

/** The address an authenticator app reads (typed, pasted, or from a QR code): issuer and account shown in the app. */
export function otpauthUri({ secret, account, issuer }: { secret: string; account: string; issuer: string }): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({ secret, issuer, algorithm: 'SHA1', digits: String(totpDigits), period: String(totpStepSeconds) });
  return `otpauth://totp/${label}?${query}`;
}
