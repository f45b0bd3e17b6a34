import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { RefusedError } from '@/lib/errors';

/** WEBHOOK_ALLOW_PRIVATE=1 lets webhooks reach private and loopback addresses (tests, a receiver on the same network). */
export function privateAddressesAllowed(setting = process.env.WEBHOOK_ALLOW_PRIVATE): boolean {
  return setting === '1';
}

/** Only global unicast: not loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast, reserved… */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

const reachable = (address: string) => privateAddressesAllowed() || isPublicAddress(address);

/** The host as an address when the URL names one (`[::1]` without brackets), else null. */
function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? host : null;
}

const refusedUrl = (reason: 'urlInvalid' | 'urlScheme' | 'urlCredentials' | 'privateAddress' | 'unresolvable') =>
  new RefusedError(`webhooks.errors.${reason}`, 400, { field: 'url' });

/** The URL as the admin typed it, if it is one a webhook may have: http(s), no credentials, a host. */
export function parseWebhookUrl(typed: string): URL {
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    throw refusedUrl('urlInvalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refusedUrl('urlScheme');
  if (url.username || url.password) throw refusedUrl('urlCredentials');
  if (!url.hostname) throw refusedUrl('urlInvalid');
  return url;
}

function lookupAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );
}

/** Registration: the typed URL, refused when its host is (or resolves to) an address that is not public. */
export async function checkWebhookUrl(typed: string): Promise<URL> {
  const url = parseWebhookUrl(typed);
  const literal = literalAddress(url);
  let addresses: string[];
  try {
    addresses = literal ? [literal] : (await lookupAll(url.hostname)).map((a) => a.address);
  } catch {
    throw refusedUrl('unresolvable');
  }
  if (!addresses.every(reachable)) throw refusedUrl('privateAddress');
  return url;
}

export class PrivateAddressError extends Error {
  constructor(address: string) {
    super(`Refused: ${address} is not a public address (WEBHOOK_ALLOW_PRIVATE is not set)`);
  }
}

/** Sending, for a URL naming an address: the same check (a name is checked as it resolves, by guardedLookup). */
export function assertLiteralHostReachable(url: URL): void {
  const literal = literalAddress(url);
  if (literal && !reachable(literal)) throw new PrivateAddressError(literal);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The resolver the sending socket connects through: the addresses the name resolves to now are checked, and the
 * socket connects to exactly those, so a name that passed at registration and later resolves to 127.0.0.1 or a
 * cloud metadata address (DNS rebinding) is refused rather than reached.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => !reachable(a.address));
    if (refused) return callback(new PrivateAddressError(refused.address), []);
    const [first] = addresses;
    if (options.all || !first) return callback(null, addresses);
    callback(null, first.address, first.family);
  });
}
