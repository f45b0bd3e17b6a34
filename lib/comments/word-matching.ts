import '#server-only';
import { disassemble, getChoseong, romanize } from 'es-hangul';
import type { Database } from '@/lib/db/client';

/** What readers put between letters to slip past a filter: anything but a letter or a digit. */
const anyGap = '[^\\p{L}\\p{N}]*';
/** The same without whitespace, so a match can start inside a word ("s.p.a.m", "spammer"). */
const symbolGap = '[^\\p{L}\\p{N}\\s]*';
/**
 * A match whose gaps hold whitespace must start a word: "s p a m" and "씨 발놈" match, while the word
 * breaks of "his pamphlet" or "이시 발표" do not spell spam or 시발.
 */
const wordStart = '(?<![\\p{L}\\p{N}])';

const hangulSyllable = /^[\uAC00-\uD7A3]$/u;
const letterOrDigit = /^[\p{L}\p{N}]$/u;
/** ㅅㅂ is how many write 씨발: a tense initial may be typed plain. */
const plainInitial: Readonly<Record<string, string>> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };

/** Escapes the characters with a meaning in a `u` pattern (there, escaping any other is an error). */
function escapeForPattern(letter: string): string {
  return letter.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}

function spelledOut(letters: string, gap: string): string {
  return [...letters].map(escapeForPattern).join(gap);
}

/**
 * How one letter of a term may be written. A Hangul syllable: itself, its jamo, its romanisation and, in
 * a term of several syllables, its initial consonant (초성). A lone initial is never a whole term, so 좆
 * does not match every ㅈ.
 */
function spellings(letter: string, severalSyllables: boolean): string[] {
  if (!hangulSyllable.test(letter)) return [letter];
  const found = [letter, disassemble(letter), romanize(letter)];
  if (severalSyllables) {
    const initial = getChoseong(letter);
    found.push(initial, plainInitial[initial] ?? initial);
  }
  return [...new Set(found)];
}

function termSource(letters: readonly string[], gap: string): string {
  const syllables = letters.filter((letter) => hangulSyllable.test(letter)).length;
  const positions = letters.map(
    (letter) =>
      `(?:${spellings(letter, syllables > 1)
        .map((spelling) => spelledOut(spelling, gap))
        .join('|')})`,
  );
  const alternatives = [positions.join(gap)];
  // Romanising the whole word follows pronunciation (같이 → gachi), which syllable by syllable does not.
  if (syllables > 1 && syllables === letters.length) {
    const whole = romanize(letters.join(''));
    if (whole !== letters.map((letter) => romanize(letter)).join('')) alternatives.push(spelledOut(whole, gap));
  }
  return alternatives.join('|');
}

/**
 * Compiles a banned or suspect term into a test over text folded by `foldForMatching`: the term's letters
 * in order, anywhere (inside words too), with spaces, symbols or zero-width characters between them.
 * Symbols and spaces in the term itself are ignored; a term with no letter or digit matches nothing.
 */
export function compileTerm(term: string): (foldedText: string) => boolean {
  const letters = [...foldForMatching(term)].filter((letter) => letterOrDigit.test(letter));
  if (letters.length === 0) return () => false;
  const inWord = new RegExp(termSource(letters, symbolGap), 'u');
  const spaced = new RegExp(`${wordStart}(?:${termSource(letters, anyGap)})`, 'u');
  return (foldedText) => inWord.test(foldedText) || spaced.test(foldedText);
}

export type WordLevel = 'BANNED' | 'SUSPECT';
export type WordRule = { term: string; level: WordLevel };

/** Each term is compiled once per process; the bound only guards against an unbounded stream of terms. */
const compiled = new Map<string, (foldedText: string) => boolean>();
const compiledMax = 10_000;

function matcherFor(term: string): (foldedText: string) => boolean {
  let matcher = compiled.get(term);
  if (!matcher) {
    if (compiled.size >= compiledMax) compiled.clear();
    matcher = compileTerm(term);
    compiled.set(term, matcher);
  }
  return matcher;
}

/** The rules whose term appears in the text, however spaced, symbol-laden, romanised or written in 초성. */
export function findWordMatches<Rule extends WordRule>(text: string, rules: readonly Rule[]): Rule[] {
  const folded = foldForMatching(text);
  return rules.filter((rule) => matcherFor(rule.term)(folded));
}

export function strictestLevel(matches: readonly WordRule[]): WordLevel | null {
  if (matches.some((match) => match.level === 'BANNED')) return 'BANNED';
  return matches.length > 0 ? 'SUSPECT' : null;
}

/** Hangul compatibility jamo (ㄱ…ㅣ), the letters people type for 초성 spellings such as ㅅㅂ. */
const compatibilityJamo = /([\u3131-\u318E]+)/u;
const initials = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/**
 * One spelling for matching: NFC (NFD Korean from some Macs), full-width and styled Latin made plain
 * (NFKC), lower case. NFKC would turn compatibility jamo into conjoining jamo, so they are kept out of it,
 * and lone conjoining jamo (half-width jamo become these) are turned back into compatibility jamo.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFC')
    .split(compatibilityJamo)
    .map((part, index) => (index % 2 === 1 ? part : part.normalize('NFKC')))
    .join('')
    .replace(/[\u1100-\u1112]/gu, (initial) => initials.charAt(initial.charCodeAt(0) - 0x1100))
    .replace(/[\u1161-\u1175]/gu, (vowel) => String.fromCharCode(vowel.charCodeAt(0) - 0x1161 + 0x314f))
    .toLowerCase();
}

/**
 * The strictest level among the staff's banned and suspect words found in a comment's texts (nickname, content),
 * each checked alone so no match spans two. The list is small and read once per call, so a staff edit applies
 * to the very next comment.
 */
export async function checkCommentWords(db: Database, ...texts: string[]): Promise<WordLevel | null> {
  const rules = await db.bannedWord.findMany({ select: { term: true, level: true } });
  return strictestLevel(texts.flatMap((text) => findWordMatches(text, rules)));
}
