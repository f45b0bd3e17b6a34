import { romanize } from 'es-hangul';
import { glossaryWarningMessages, type LocalizedText } from './check-messages';
import { textSections, type ComparableText, type TextPlace } from './text-sections';

/** A glossary entry: the newsroom's one English rendering of a Korean term. */
export type GlossaryRule = { ko: string; en: string };

export type GlossaryWarning = { term: GlossaryRule; message: LocalizedText } & (
  | { kind: 'missingRendering'; severity: 'warning'; koPlaces: TextPlace[] }
  | { kind: 'otherRendering'; severity: 'warning'; found: string; place: TextPlace }
  | { kind: 'countMismatch'; severity: 'note'; koCount: number; enCount: number }
);

type Section = { place: TextPlace; text: string };
type Span = { start: number; end: number; text: string };
type Occurrences = { count: number; places: TextPlace[] };

const administrativeSuffixes = ['시', '군', '구'];

function sectionsOf(text: ComparableText): Section[] {
  // Text pasted from macOS can arrive decomposed (NFD); glossary terms are stored composed.
  return textSections(text).map(({ place, text }) => ({ place, text: text.normalize('NFC') }));
}

function record(occurrences: Occurrences, place: TextPlace, count: number) {
  if (count === 0) return;
  occurrences.count += count;
  occurrences.places.push(place);
}

/**
 * Counts each term in the Korean text. Korean attaches particles to words (상주시와), so terms match
 * inside words; where two terms overlap (양주시 inside 남양주시) the longer one claims the text.
 */
function koreanOccurrences(terms: readonly GlossaryRule[], sections: readonly Section[]): Map<GlossaryRule, Occurrences> {
  const found = new Map(terms.map((term) => [term, { count: 0, places: [] } as Occurrences]));
  const longestFirst = [...terms].sort((a, b) => b.ko.length - a.ko.length);
  for (const { place, text } of sections) {
    const claimed = new Array<boolean>(text.length).fill(false);
    for (const term of longestFirst) {
      let count = 0;
      for (let at = text.indexOf(term.ko); at !== -1; at = text.indexOf(term.ko, at + 1)) {
        const end = at + term.ko.length;
        if (claimed.slice(at, end).some(Boolean)) continue;
        claimed.fill(true, at, end);
        count += 1;
      }
      record(found.get(term)!, place, count);
    }
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words or phrases, any case, any spacing between words; the longest alternative wins. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function spans(pattern: RegExp, text: string): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * What a translator who did not know the glossary would likely write: the literal romanization
 * (상주시 → Sangjusi), and for a city, county or district also without its suffix (Sangju, Sangju-si).
 * A one-syllable base (중구 → Jung) is left out: it would match family names.
 */
export function literalRenderings(ko: string): string[] {
  const forms = [romanize(ko)];
  const suffix = administrativeSuffixes.find((s) => ko.endsWith(s) && ko.length - s.length >= 2);
  if (suffix) {
    const base = romanize(ko.slice(0, -suffix.length));
    forms.push(`${base}-${romanize(suffix)}`, `${base} ${romanize(suffix)}`, base);
  }
  return [...new Set(forms)].filter((form) => /\p{Script=Latin}/u.test(form));
}

function otherRenderingWarnings(term: GlossaryRule, sections: readonly Section[]): GlossaryWarning[] {
  const others = literalRenderings(term.ko).filter((form) => form.toLowerCase() !== term.en.trim().toLowerCase());
  if (others.length === 0) return [];
  const required = phrasePattern([term.en]);
  const other = phrasePattern(others);
  return sections.flatMap(({ place, text }) => {
    const requiredSpans = spans(required, text);
    const found = spans(other, text).filter((span) => !requiredSpans.some((r) => overlaps(r, span)));
    const distinct = [...new Map(found.map((span) => [span.text.toLowerCase(), span.text])).values()];
    return distinct.map((form) => ({
      term,
      kind: 'otherRendering' as const,
      severity: 'warning' as const,
      found: form,
      place,
      message: glossaryWarningMessages.otherRendering(term.ko, term.en, form, place),
    }));
  });
}

function englishOccurrences(term: GlossaryRule, sections: readonly Section[]): Occurrences {
  const pattern = phrasePattern([term.en]);
  const occurrences: Occurrences = { count: 0, places: [] };
  for (const { place, text } of sections) record(occurrences, place, spans(pattern, text).length);
  return occurrences;
}

// Translators fairly fold a repeat or two into "the city"; a larger gap suggests a sentence went missing.
function countsDifferNotably(koCount: number, enCount: number): boolean {
  return Math.abs(koCount - enCount) >= Math.max(2, koCount / 4);
}

/**
 * Checks an English translation against the glossary. Only terms the Korean text uses are checked:
 * an English "Sangju" is fine in a story about Sangju in Gyeongbuk, which the Korean would name too.
 */
export function checkGlossary(terms: readonly GlossaryRule[], koText: ComparableText, enText: ComparableText): GlossaryWarning[] {
  const koSections = sectionsOf(koText);
  const enSections = sectionsOf(enText);
  const normalized = terms.map((term) => ({ ko: term.ko.normalize('NFC'), en: term.en.normalize('NFC') }));
  const inKorean = koreanOccurrences(normalized, koSections);
  return normalized.flatMap((term): GlossaryWarning[] => {
    const ko = inKorean.get(term)!;
    if (ko.count === 0) return [];
    const en = englishOccurrences(term, enSections);
    const warnings = otherRenderingWarnings(term, enSections);
    if (en.count === 0) {
      warnings.unshift({
        term,
        kind: 'missingRendering',
        severity: 'warning',
        koPlaces: ko.places,
        message: glossaryWarningMessages.missingRendering(term.ko, term.en, ko.places),
      });
    } else if (countsDifferNotably(ko.count, en.count)) {
      warnings.push({
        term,
        kind: 'countMismatch',
        severity: 'note',
        koCount: ko.count,
        enCount: en.count,
        message: glossaryWarningMessages.countMismatch(term.ko, term.en, ko.count, en.count),
      });
    }
    return warnings;
  });
}
