const hangulStart = 0xac00;
const hangulEnd = 0xd7a3;

/** True when the word ends in a Hangul syllable with a final consonant (받침): 번역 yes, 파파고 no. */
function endsWithFinalConsonant(word: string): boolean {
  const code = word.codePointAt(word.length - 1) ?? 0;
  return code >= hangulStart && code <= hangulEnd && (code - hangulStart) % 28 !== 0;
}

const particles = { subject: ['이', '가'], topic: ['은', '는'] } as const;

/** The particle that fits the word's last sound: 구글번역(이), 파파고(가); 구글번역(은), 파파고(는). */
export function particleFor(word: string, kind: keyof typeof particles): string {
  const [afterConsonant, afterVowel] = particles[kind];
  return endsWithFinalConsonant(word) ? afterConsonant : afterVowel;
}
