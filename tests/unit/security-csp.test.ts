import { describe, expect, it } from 'vitest';
import { baselinePolicy, noncePolicy, readerPolicy } from '@/lib/security/csp';

const directivesOf = (policy: string) => new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive]));
const scriptSrc = (policy: string) => directivesOf(policy).get('script-src')!.split(' ').slice(1);

describe('the content security policies', () => {
  it('name no outside origin, forbid framing, plugins and other base addresses', () => {
    for (const policy of [baselinePolicy, readerPolicy, noncePolicy('abc')]) {
      expect(policy).not.toMatch(/https?:|\*/);
      expect(directivesOf(policy).get('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directivesOf(policy).get('object-src')).toBe("object-src 'none'");
      expect(directivesOf(policy).get('base-uri')).toBe("base-uri 'self'");
    }
  });

  it('let reader pages run this site’s script files and no inline script at all', () => {
    expect(scriptSrc(readerPolicy)).toEqual(["'self'"]);
  });

  it('keep every other directive of the baseline on reader pages', () => {
    const reader = directivesOf(readerPolicy);
    const baseline = directivesOf(baselinePolicy);
    expect([...reader.keys()]).toEqual([...baseline.keys()]);
    for (const [name, directive] of baseline) if (name !== 'script-src') expect(reader.get(name)).toBe(directive);
  });

  it('let the newsroom run only scripts carrying the nonce', () => {
    expect(scriptSrc(noncePolicy('abc'))).toEqual(["'self'", "'nonce-abc'"]);
  });
});
