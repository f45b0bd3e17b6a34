import { disassemble, getChoseong, romanize } from 'es-hangul';
import { foldForMatching } from './fold';

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
  const positions = letters.map((letter) => `(?:${spellings(letter, syllables > 1).map((spelling) => spelledOut(spelling, gap)).join('|')})`);
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
