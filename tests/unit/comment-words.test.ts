import { describe, expect, it } from 'vitest';
import { findWordMatches, strictestLevel, type WordRule } from '@/lib/comments/word-matching';

const rules: WordRule[] = [
  { term: '시발', level: 'BANNED' },
  { term: '씨발', level: 'BANNED' },
  { term: '병신', level: 'BANNED' },
  { term: '좆', level: 'BANNED' },
  { term: '광고', level: 'SUSPECT' },
  { term: 'spam', level: 'SUSPECT' },
  { term: 'Casino', level: 'BANNED' },
];

const matchedTerms = (text: string) => findWordMatches(text, rules).map((rule) => rule.term);

describe('banned and suspect words', () => {
  it.each([
    ['the word itself', '이 기사 시발 뭐냐', '시발'],
    ['inside a word', '완전시발이네', '시발'],
    ['spaces between the letters', '씨 발', '씨발'],
    ['symbols between the letters', '씨.발!', '씨발'],
    ['punctuation and spaces mixed', '병 - 신 같은', '병신'],
    ['zero-width characters', '병\u200B신', '병신'],
    ['emoji between the letters', '씨🔥발 ㅋㅋ', '씨발'],
    ['emoji joined sequences', '병👨‍👩‍👧신', '병신'],
    ['NFD Korean (decomposed jamo)', '병신'.normalize('NFD'), '병신'],
    ['full romanisation', 'ssibal', '씨발'],
    ['romanisation in capitals', 'SSIBAL!', '씨발'],
    ['Latin then Hangul', 'ssi발', '씨발'],
    ['Hangul then Latin', '씨bal', '씨발'],
    ['romanisation with spaces', 's s i b a l', '씨발'],
    ['initial consonants', 'ㅅㅂ', '시발'],
    ['tense initials typed plain', 'ㅅㅂ', '씨발'],
    ['tense initials', 'ㅆㅂ 뭐야', '씨발'],
    ['initial then syllable', '시ㅂ', '시발'],
    ['syllable then initial', 'ㅂ신', '병신'],
    ['initials with symbols between', 'ㅂ.ㅅ', '병신'],
    ['initials in half-width jamo', '\uFFB2\uFFB5', '병신'],
    ['the syllables typed as jamo', 'ㅅㅣㅂㅏㄹ', '시발'],
    ['a one-syllable term inside a word', '좆같네', '좆'],
    ['a suspect word', '광 고 문의 주세요', '광고'],
    ['a Latin term inside a word', 'spammers welcome', 'spam'],
    ['a Latin term with dots', 's.p.a.m', 'spam'],
    ['a Latin term spaced out', 'buy s p a m now', 'spam'],
    ['a Latin term in full-width letters', 'ＳＰＡＭ', 'spam'],
    ['a Latin term in another case', 'best CASINO online', 'Casino'],
    ['a Latin term in mixed Korean text', '온라인카지노casino추천', 'Casino'],
  ])('match %s', (_case, text, term) => {
    expect(matchedTerms(text)).toContain(term);
  });

  it.each([
    ['words whose syllables share initials', '사부님 감사합니다'],
    ['a lone initial of a one-syllable term', 'ㅈㅅ 늦었어요'],
    ['a word break that spells a term across two words', '오늘은 이시 발표가 있다'],
    ['an English word break that spells a term', 'his pamphlet was good'],
    ['unrelated Korean', '상주시 곶감 축제가 열렸다'],
    ['unrelated English with emoji', 'Great reporting 👏 thank you'],
    ['the romanisation of other words', 'sabunim, sibling, bal'],
  ])('do not match %s', (_case, text) => {
    expect(matchedTerms(text)).toEqual([]);
  });

  it('return every rule that matches, the strictest deciding', () => {
    const matches = findWordMatches('광고 spam', rules);
    expect(matches.map((rule) => rule.term)).toEqual(['광고', 'spam']);
    expect(strictestLevel(matches)).toBe('SUSPECT');
    expect(strictestLevel(findWordMatches('광고 씨발', rules))).toBe('BANNED');
    expect(strictestLevel(findWordMatches('좋은 기사입니다', rules))).toBeNull();
  });

  it('ignore symbols in a term, and terms with nothing to match', () => {
    expect(findWordMatches('spammer', [{ term: 'S.P.A.M', level: 'SUSPECT' }])).toHaveLength(1);
    expect(findWordMatches('a (b) c', [{ term: '(.*)', level: 'BANNED' }])).toEqual([]);
  });
});
