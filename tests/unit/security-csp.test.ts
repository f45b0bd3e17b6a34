import { describe, expect, it } from 'vitest';
import { baselinePolicy, contentSecurityPolicyFor, inlineScripts, noncePolicy, scriptHashSource } from '@/lib/security/csp';

const directivesOf = (policy: string) => new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive]));
const scriptSrc = (policy: string) => directivesOf(policy).get('script-src')!.split(' ').slice(1);

describe('contentSecurityPolicyFor', () => {
  it('hashes a script as browsers do: base64 of SHA-256 over its exact UTF-8 text', () => {
    // The example from the CSP specification (Level 2, "Hash usage for script elements").
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    // Whitespace is part of the text: a different hash.
    expect(scriptHashSource(" alert('Hello, world.');")).not.toBe(scriptHashSource("alert('Hello, world.');"));
  });

  it('allows the framework’s inline scripts of the page by hash, and this site’s script files, but no other inline script', () => {
    const html = [
      '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script id="_R_">self.__next_f.push([1,"한국어 \\u003c/p>"])</script>',
      '<SCRIPT type="application/ld+json">{"@type":"NewsArticle","headline":"남양주시"}</SCRIPT >',
      '<script>alert(document.cookie)</script>',
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '</body></html>',
    ].join('');
    const sources = scriptSrc(contentSecurityPolicyFor(html));
    expect(sources).toEqual([
      "'self'",
      scriptHashSource('(self.__next_f=self.__next_f||[]).push([0])'),
      scriptHashSource('self.__next_f.push([1,"한국어 \\u003c/p>"])'),
      scriptHashSource('(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})'),
    ]);
    expect(sources).not.toContain(scriptHashSource('alert(document.cookie)'));
    expect(sources).not.toContain("'unsafe-inline'");
  });

  it('ignores script files, also with attributes that contain ">" in quotes', () => {
    expect(inlineScripts('<script src="/a.js"></script><script data-x="a>b" src=\'/b.js\'></script><script data-x="a>b">run()</script>')).toEqual(['run()']);
  });

  it('keeps every other directive of the baseline policy', () => {
    const strict = directivesOf(contentSecurityPolicyFor('<script>self.__next_f.push([0])</script>'));
    const baseline = directivesOf(baselinePolicy);
    expect([...strict.keys()]).toEqual([...baseline.keys()]);
    for (const [name, directive] of baseline) if (name !== 'script-src') expect(strict.get(name)).toBe(directive);
  });

  it('is only this site’s script files for a page without inline scripts', () => {
    expect(scriptSrc(contentSecurityPolicyFor('<p>no scripts</p>'))).toEqual(["'self'"]);
  });
});

describe('the baseline and newsroom policies', () => {
  it('name no outside origin, forbid framing, plugins and other base addresses', () => {
    for (const policy of [baselinePolicy, noncePolicy('abc')]) {
      expect(policy).not.toMatch(/https?:|\*/);
      expect(directivesOf(policy).get('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directivesOf(policy).get('object-src')).toBe("object-src 'none'");
      expect(directivesOf(policy).get('base-uri')).toBe("base-uri 'self'");
    }
  });

  it('let the newsroom run only scripts carrying the nonce', () => {
    expect(scriptSrc(noncePolicy('abc'))).toEqual(["'self'", "'nonce-abc'"]);
  });
});
