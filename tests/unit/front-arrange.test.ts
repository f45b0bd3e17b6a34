import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@/lib/articles/queries';
import { arrangeFront, type FrontSlotRow } from '@/lib/front/arrange';

const story = (slug: string): ArticleSummary => ({
  slug,
  textLocale: 'ko',
  headline: slug,
  subtitles: [],
  publishedAt: new Date('2026-12-01T00:00:00Z'),
  leadPhoto: null,
});
const slot = (kind: FrontSlotRow['kind'], slug: string, position = 0, startsAt: Date | null = null, sectionId: string | null = 's1') => ({
  kind,
  slug,
  position,
  startsAt,
  sectionId,
});
const stories = (...slugs: string[]) => new Map(slugs.map((slug) => [slug, story(slug)]));
const slugs = (articles: readonly ArticleSummary[]) => articles.map((article) => article.slug);

describe('arranging the curated front page', () => {
  it('is no curated page when nothing is placed, or nothing placed is public', () => {
    expect(arrangeFront({ slots: [], stories: stories(), latest: [story('a')], sections: [] })).toBeNull();
    expect(arrangeFront({ slots: [slot('LEAD', 'gone')], stories: stories(), latest: [story('a')], sections: [] })).toBeNull();
  });

  it('leads with the lead that took over last', () => {
    const slots = [slot('LEAD', 'now'), slot('LEAD', 'at-six', 0, new Date('2026-12-02T21:00:00Z'))];
    const front = arrangeFront({ slots, stories: stories('now', 'at-six'), latest: [], sections: [] });
    expect(front?.lead.slug).toBe('at-six');
  });

  it('without a lead, the newest story not chosen as secondary leads, or else the first secondary', () => {
    const slots = [slot('SECONDARY', 'b', 0), slot('SECONDARY', 'c', 1)];
    const withNewer = arrangeFront({ slots, stories: stories('b', 'c'), latest: [story('b'), story('a'), story('c')], sections: [] });
    expect(withNewer?.lead.slug).toBe('a');
    expect(slugs(withNewer!.secondary)).toEqual(['b', 'c']);

    const onlyThose = arrangeFront({ slots, stories: stories('b', 'c'), latest: [story('b'), story('c')], sections: [] });
    expect(onlyThose?.lead.slug).toBe('b');
    expect(slugs(onlyThose!.secondary)).toEqual(['c']);
  });

  it('fills each section block with its pins first, then its newest, four at most, every story once, empty blocks left out', () => {
    const slots = [slot('LEAD', 'lead'), slot('PINNED', 'old', 0), slot('PINNED', 'older', 1)];
    const front = arrangeFront({
      slots,
      stories: stories('lead', 'old', 'older'),
      latest: ['lead', 'x', 'y', 'z', 'w', 'v'].map(story),
      sections: [
        { id: 's1', slug: 'politics', name: '정치', newest: ['lead', 'x', 'old', 'y', 'z'].map(story) },
        { id: 's2', slug: 'empty', name: '빈 섹션', newest: [story('lead')] },
      ],
    });
    expect(slugs(front!.secondary)).toEqual(['x', 'y', 'z', 'w']);
    expect(front!.sections.map((block) => [block.slug, slugs(block.articles)])).toEqual([['politics', ['old', 'older']]]);
  });
});
