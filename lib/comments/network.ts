import ipaddr from 'ipaddr.js';

/**
 * The network an address is in, as reports tell readers apart: its /24 for IPv4 and its /48 for IPv6, the blocks a
 * provider hands one customer or site, so one reader hopping between addresses of their provider or VPN exit counts
 * once. IPv4 written as IPv6 (`::ffff:…`) is IPv4; anything that is no address (`unknown`) is its own network.
 */
export function networkOfAddress(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed instanceof ipaddr.IPv4) return `${parsed.octets.slice(0, 3).join('.')}.0/24`;
  return `${new ipaddr.IPv6([...parsed.parts.slice(0, 3), 0, 0, 0, 0, 0]).toString()}/48`;
}
