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
