import { foldForMatching } from './fold';
import { compileTerm } from './pattern';

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
