import { describe, expect, it } from 'vitest';
import { articleBodySchema, bodyFromParagraphs, bodyPhotoIds, bodyToPlainText } from '@/lib/articles/body';

const withLink = (href: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }],
});

const photoId = '0b1f6f0e-4a57-4c8e-9d59-3c1c8f0a5e21';
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const withPhoto = (photo: object) => ({ type: 'doc', content: [paragraph('첫 문단'), photo, paragraph('둘째 문단')] });

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

  it('accepts a photo placed between paragraphs by its id', () => {
    const parsed = articleBodySchema.parse(withPhoto({ type: 'photo', attrs: { photoId } }));
    expect(bodyPhotoIds(parsed)).toEqual([photoId]);
  });

  it.each([
    ['without an id', { type: 'photo', attrs: {} }],
    ['with no attrs', { type: 'photo' }],
    ['with an id that is not a uuid', { type: 'photo', attrs: { photoId: 'conference.jpg' } }],
    ['carrying HTML', { type: 'photo', attrs: { photoId }, html: '<img src=x onerror=alert(1)>' }],
    ['carrying HTML in its attrs', { type: 'photo', attrs: { photoId, caption: '<script>alert(1)</script>' } }],
  ])('refuses a photo %s', (_, photo) => {
    expect(articleBodySchema.safeParse(withPhoto(photo)).success).toBe(false);
  });

  it('leaves photos out of the plain text', () => {
    const body = articleBodySchema.parse(withPhoto({ type: 'photo', attrs: { photoId } }));
    expect(bodyToPlainText(body)).toBe('첫 문단\n\n둘째 문단');
  });
});
