/** Hostile and unusual input, by kind, for the payload suites (tests/integration/payloads-*.test.ts, tests/e2e/payloads-http.spec.ts). */

/** SQL that would do harm if it were ever pasted into a query instead of bound as a value. */
export const sqlInjection = [
  `'; DROP TABLE "Comment"; --`,
  `1' OR '1'='1`,
  `" OR ""="`,
  `x'); DELETE FROM "Staff"; --`,
  `\\'; SELECT pg_sleep(5); --`,
];

/** Markup that would run if it were ever put into a page as HTML. */
export const markup = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><script>alert(document.cookie)</script>',
  '<a href="javascript:alert(1)">click</a>',
  '<iframe src="https://attacker.example"></iframe>',
];

/** Script addresses, which must never become links. */
export const scriptUrls = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

/** Characters that hide or reorder text, or that PostgreSQL cannot store in text at all. */
export const hiddenCharacters = {
  zeroWidthSpace: 'ab\u200bcd',
  rightToLeftOverride: 'abc\u202Etxt.exe',
  byteOrderMark: '\uFEFFhello',
  nul: 'a\u0000b',
  loneSurrogate: 'a\uD800b',
};

/** Text that is fine as it is and must come back exactly so. */
export const wellFormedUnicode = ['좋아요 👍🏽', '가족 👨‍👩‍👧 함께', '🇰🇷 대한민국', 'Ünïcödé — “quotes” ‘too’'];

/** Korean as some systems send it: decomposed into jamo (NFD). Stored and searched composed (NFC). */
export const decomposedKorean = '상주시 교류'.normalize('NFD');
export const composedKorean = '상주시 교류';

/** Ways a path might climb out of the media store. */
export const pathTraversal = [
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '....//....//etc/passwd',
  '/etc/passwd',
  'a/../../b.jpg',
  '..\\..\\windows\\win.ini',
];

/** An SVG image with a script inside: an image format the site never accepts. */
export const svgWithScript = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>',
);

/** Values of the wrong type for a field that takes text. */
export const wrongTypes: unknown[] = [null, 42, true, [], {}, ['text'], { text: 'x' }];
