import { createHash, createHmac } from 'node:crypto';

/** Same words, same hash: spacing and case changes do not make a repeated comment new. */
export function contentHash(content: string): string {
  const folded = content.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('hex');
}

/**
 * Moderators need to see that two comments came from one address without the site keeping
 * readers' addresses: store a keyed hash, which cannot be reversed without the server's secret.
 */
export function hashClientIp(ip: string, secret: string | undefined = process.env.IP_HASH_SECRET): string {
  if (!secret) throw new Error('IP_HASH_SECRET is not set');
  return createHmac('sha256', secret).update(ip).digest('hex');
}
