import '#server-only';
import { createHmac } from 'node:crypto';

/**
 * Moderators need to see that two comments came from one address without the site keeping
 * readers' addresses: store a keyed hash, which cannot be reversed without the server's secret.
 */
export function hashClientIp(ip: string, secret: string | undefined = process.env.IP_HASH_SECRET): string {
  if (!secret) throw new Error('IP_HASH_SECRET is not set');
  return createHmac('sha256', secret).update(ip).digest('hex');
}
