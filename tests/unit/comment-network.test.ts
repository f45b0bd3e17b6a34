import { describe, expect, it } from 'vitest';
import { networkOfAddress } from '@/lib/comments/reader/reader-routes';

describe('the network of a reader’s address, as reports count readers', () => {
  it('is the /24 of an IPv4 address, written as IPv6 or not', () => {
    expect(networkOfAddress('203.0.113.77')).toBe('203.0.113.0/24');
    expect(networkOfAddress('::ffff:203.0.113.5')).toBe('203.0.113.0/24');
    expect(networkOfAddress('203.0.114.1')).toBe('203.0.114.0/24');
  });

  it('is the /48 of an IPv6 address, however it is written or grouped', () => {
    expect(networkOfAddress('2001:db8:aaaa:1::1')).toBe('2001:db8:aaaa::/48');
    expect(networkOfAddress('2001:0db8:AAAA:ffff:1:2:3:4')).toBe('2001:db8:aaaa::/48');
    expect(networkOfAddress('2001:db8:aaaa:2::')).toBe('2001:db8:aaaa::/48');
    expect(networkOfAddress('2001:db8:aaab::1')).toBe('2001:db8:aaab::/48');
  });

  it('leaves what is no address as it is: one network of its own', () => {
    expect(networkOfAddress('unknown')).toBe('unknown');
  });
});
