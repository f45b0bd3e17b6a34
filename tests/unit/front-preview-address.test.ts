import { describe, expect, it } from 'vitest';
import { frontPreviewHref, previewArrangementInput } from '@/lib/front/preview-address';
import { frontArrangementSchema, type FrontArrangementInput } from '@/lib/front/schema';

const [a, b, c, d] = [
  '0192d7c0-0000-7000-8000-00000000000a',
  '0192d7c0-0000-7000-8000-00000000000b',
  '0192d7c0-0000-7000-8000-00000000000c',
  '0192d7c0-0000-7000-8000-00000000000d',
];

/** What the preview page reads back from the address the editor opened. */
function readBack(href: string) {
  const query = Object.fromEntries(new URL(href, 'http://localhost').searchParams);
  return { query, input: previewArrangementInput(query) };
}

describe('the front page preview address', () => {
  it('carries an unsaved arrangement to the preview unchanged, with the time to preview at', () => {
    const arrangement: FrontArrangementInput = {
      locale: 'en',
      lead: a,
      nextLead: { articleId: b, startsAt: '2026-12-03T06:00' },
      secondary: [c, d],
      pinned: [b],
    };
    const { query, input } = readBack(frontPreviewHref(arrangement, '2026-12-03T06:00'));
    expect(input).toEqual(arrangement);
    expect(query.at).toBe('2026-12-03T06:00');
    expect(frontArrangementSchema.parse(input).nextLead?.startsAt).toEqual(new Date('2026-12-02T21:00:00Z'));
  });

  it('reads an empty arrangement as the automatic page, and refuses what is not one', () => {
    expect(readBack(frontPreviewHref({ locale: 'ko', lead: null, nextLead: null, secondary: [], pinned: [] })).input).toEqual({
      locale: 'ko',
      lead: null,
      nextLead: null,
      secondary: [],
      pinned: [],
    });
    expect(frontArrangementSchema.safeParse(previewArrangementInput({ locale: 'fr' })).success).toBe(false);
    expect(frontArrangementSchema.safeParse(previewArrangementInput({ locale: 'ko', secondary: 'x,y' })).success).toBe(false);
    expect(frontArrangementSchema.safeParse(previewArrangementInput({ locale: 'ko', next: a })).success).toBe(false);
  });
});
