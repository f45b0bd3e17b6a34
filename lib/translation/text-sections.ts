import { bodyToPlainText, type ArticleBody } from '@/lib/articles/body';

/** The parts of one language version that translation checks compare. */
export type ComparableText = { headline: string; subtitles: readonly string[]; body: ArticleBody };

/** Where in an article text something is; indexes are zero-based. */
export type TextPlace = { part: 'headline' } | { part: 'subtitle' | 'paragraph'; index: number };

/** The plain text of each body block but photos, in order: paragraph i is the i-th block with words. */
export function bodyParagraphs(body: ArticleBody): string[] {
  return body.content.filter((block) => block.type !== 'photo').map((block) => bodyToPlainText({ type: 'doc', content: [block] }));
}

export function textSections(text: ComparableText): { place: TextPlace; text: string }[] {
  return [
    { place: { part: 'headline' }, text: text.headline },
    ...text.subtitles.map((subtitle, index) => ({ place: { part: 'subtitle', index } as const, text: subtitle })),
    ...bodyParagraphs(text.body).map((paragraph, index) => ({ place: { part: 'paragraph', index } as const, text: paragraph })),
  ];
}
