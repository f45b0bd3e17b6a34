import { describe, expect, it } from 'vitest';
import { slugFromHeadline } from '@/lib/articles/slug';
import { slugSchema } from '@/lib/articles/schema';

describe('slugFromHeadline', () => {
  it('makes an English headline lower-case words joined by hyphens', () => {
    expect(slugFromHeadline('Namyangju and Changzhou, China hold video conference')).toBe(
      'namyangju-and-changzhou-china-hold-video-conference',
    );
  });

  it('romanizes Korean and drops what has no Latin form', () => {
    expect(slugFromHeadline('남양주시, 중국 상주시와 교류 확대 (韓-中) 30주년')).toBe(
      'namnyangjusi-jungguk-sangjusiwa-gyoryu-hwakdae-30junyeon',
    );
  });

  it('strips accents and stops at a word boundary before 80 characters', () => {
    const slug = slugFromHeadline(`Café ${'exchange '.repeat(20)}`);
    expect(slug.startsWith('cafe-exchange-')).toBe(true);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('always returns a valid slug, even for a headline of symbols', () => {
    for (const headline of ['…', '韓中', 'A', '“”']) expect(slugSchema.safeParse(slugFromHeadline(headline)).success).toBe(true);
  });
});

describe('slugFromHeadline with markup in the headline', () => {
  it('keeps only the words a reader sees, never a tag or its attributes', () => {
    expect(slugFromHeadline('<img src=x onerror=alert(1)> Namyangju opens a library')).toBe('namyangju-opens-a-library');
    expect(slugFromHeadline('Namyangju <b>opens</b> a <a href="https://evil.example/x">library</a><!-- note -->')).toBe(
      'namyangju-opens-a-library',
    );
    expect(slugFromHeadline('Namyangju opens a library <script src=//evil.example/x.js')).toBe('namyangju-opens-a-library');
  });

  it('reads entities as the characters they name and markdown links as their text', () => {
    expect(slugFromHeadline('Fish &amp; chips &#8211; [Namyangju](https://evil.example/page) caf&#xE9;')).toBe('fish-chips-namyangju-cafe');
  });
});
