import type { CuratedFront } from '@/lib/front/arrange';
import type { Locale } from '@/lib/i18n/locales';
import { LeadStory } from './LeadStory';
import { SecondaryStories } from './SecondaryStories';
import { SectionBlock } from './SectionBlock';

/** The front page as an editor arranged it (lib/front): the lead, the top stories, then one block per section. */
export function CuratedFrontPage({ front, locale }: { front: CuratedFront; locale: Locale }) {
  return (
    <>
      <LeadStory article={front.lead} locale={locale} />
      <SecondaryStories articles={front.secondary} locale={locale} />
      {front.sections.map((block) => (
        <SectionBlock key={block.slug} block={block} locale={locale} />
      ))}
    </>
  );
}
