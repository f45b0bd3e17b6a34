import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';

/**
 * Who is asking. A client reaching the app directly could write any `X-Forwarded-For` it likes, so the header is
 * believed only as far as it was written by proxies the operator named in `TRUSTED_PROXIES` (addresses, CIDR ranges,
 * or proxy-addr's `loopback`, `linklocal`, `uniquelocal`); with none named, the connection's own address is the
 * client's. The app's front door (lib/http/front-door.ts) settles it once per request and writes the answer into
 * `X-Forwarded-For`, so everything behind it reads one address from that header.
 */
export type TrustedProxies = { names: readonly string[]; trusts: (address: string, hop: number) => boolean };

export class TrustedProxiesError extends Error {}

export function trustedProxies(setting: string | undefined = process.env.TRUSTED_PROXIES): TrustedProxies {
  const names = (setting ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  try {
    return { names, trusts: proxyAddr.compile(names) };
  } catch {
    throw new TrustedProxiesError(
      `TRUSTED_PROXIES must list addresses or ranges separated by commas (for example 127.0.0.1,10.0.0.0/8), not "${setting}".`,
    );
  }
}

/** One line for the start-up log: which address limits and bans are keyed on. */
export function describeTrustedProxies({ names }: TrustedProxies): string {
  return names.length === 0
    ? 'Client addresses: the connection’s own (no TRUSTED_PROXIES set; X-Forwarded-For is ignored).'
    : `Client addresses: from X-Forwarded-For as written by the trusted proxies ${names.join(', ')} (TRUSTED_PROXIES).`;
}

/** The client's address for a request as it reached this process: the nearest hop not among the trusted proxies. */
export function resolveClientAddress(request: IncomingMessage, proxies: TrustedProxies): string {
  return proxyAddr(request, proxies.trusts);
}

/**
 * The key every limit and ban uses for an address: IPv4 as it is, IPv6 by its /64 network, which one household or
 * phone is given whole (an attacker rotating through it stays one reader). IPv4 written as IPv6 (`::ffff:…`) is IPv4.
 */
export function addressGroup(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString();
}

/** The address group of the client, from `X-Forwarded-For` as the front door left it; null when there is none. */
export function clientAddress(forwardedFor: unknown): string | null {
  if (typeof forwardedFor !== 'string') return null;
  const address = forwardedFor.split(',').at(-1)?.trim();
  return address ? addressGroup(address) : null;
}

/** The same, from a route handler's request; `unknown` when there is none (limits then share one bucket). */
export function requestAddress(request: Request): string {
  return clientAddress(request.headers.get('x-forwarded-for')) ?? 'unknown';
}
