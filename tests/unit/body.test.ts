import { describe, expect, it } from 'vitest';
import { articleBodySchema, bodyFromParagraphs, bodyToPlainText } from '@/lib/articles/body';

const withLink = (href: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }],
});

describe('article body', () => {
  it('accepts what the editor produces', () => {
    expect(articleBodySchema.safeParse(withLink('https://www.nyj.go.kr/')).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'not a url'])('refuses the link %s', (href) => {
    expect(articleBodySchema.safeParse(withLink(href)).success).toBe(false);
  });

  it('refuses raw HTML nodes', () => {
    const body = { type: 'doc', content: [{ type: 'html', html: '<script>alert(1)</script>' }] };
    expect(articleBodySchema.safeParse(body).success).toBe(false);
  });

  it('refuses an empty body', () => {
    expect(articleBodySchema.safeParse({ type: 'doc', content: [] }).success).toBe(false);
  });

  it('round-trips plain paragraphs', () => {
    expect(bodyToPlainText(bodyFromParagraphs(['첫 문단', '둘째 문단']))).toBe('첫 문단\n\n둘째 문단');
  });
});
