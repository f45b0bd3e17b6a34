import { diffArrays, diffWords } from 'diff';
import type { ArticleBody } from '@/lib/articles/body';
import { bodyParagraphs, type ComparableText } from './text-sections';

export type WordChange = { kind: 'same' | 'added' | 'removed'; text: string };

/** Indexes are zero-based: `index` in the current text, `oldIndex` in the earlier one. */
export type ParagraphChange =
  | { kind: 'added'; index: number; text: string }
  | { kind: 'removed'; oldIndex: number; text: string }
  | { kind: 'changed'; index: number; oldIndex: number; words: WordChange[] };

export type SourceTextChanges = { headline: WordChange[] | null; subtitles: ParagraphChange[]; paragraphs: ParagraphChange[] };

// Korean words carry their particles (상주시와): a word segmenter keeps them whole where jsdiff's default splits every syllable.
const koreanWords = new Intl.Segmenter('ko', { granularity: 'word' });

export function changedWords(before: string, after: string): WordChange[] {
  return diffWords(before, after, { intlSegmenter: koreanWords }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Removed items followed by added ones are read as edits of each other, paired in order; the rest were removed or added. */
function changedItems(before: readonly string[], after: readonly string[]): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  let oldIndex = 0;
  let index = 0;
  let removed: string[] = [];
  let added: string[] = [];
  const settle = () => {
    const paired = Math.min(removed.length, added.length);
    removed.forEach((text, k) => {
      changes.push(
        k < paired
          ? { kind: 'changed', index: index + k, oldIndex: oldIndex + k, words: changedWords(text, added[k]!) }
          : { kind: 'removed', oldIndex: oldIndex + k, text },
      );
    });
    added.slice(paired).forEach((text, k) => changes.push({ kind: 'added', index: index + paired + k, text }));
    oldIndex += removed.length;
    index += added.length;
    removed = [];
    added = [];
  };
  for (const chunk of diffArrays([...before], [...after])) {
    if (chunk.removed) removed.push(...chunk.value);
    else if (chunk.added) added.push(...chunk.value);
    else {
      settle();
      oldIndex += chunk.count;
      index += chunk.count;
    }
  }
  settle();
  return changes;
}

/** Which body paragraphs differ between two versions of a text, with the changed words of each edited one. */
export function changedParagraphs(before: ArticleBody, after: ArticleBody): ParagraphChange[] {
  return changedItems(bodyParagraphs(before), bodyParagraphs(after));
}

/** Everything a translator has to catch up on: headline, subtitles and body paragraphs. */
export function changedSourceText(before: ComparableText, after: ComparableText): SourceTextChanges {
  return {
    headline: before.headline === after.headline ? null : changedWords(before.headline, after.headline),
    subtitles: changedItems(before.subtitles, after.subtitles),
    paragraphs: changedParagraphs(before.body, after.body),
  };
}
