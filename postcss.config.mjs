/**
 * Pretendard's stylesheet asks for `font-display: swap`, which re-lays out text when the font arrives
 * (layout shift on phones). `optional` paints in the system font unless Pretendard is already at hand,
 * and uses it from the next page on: no shift, and fonts never block the first paint.
 */
const fontDisplayOptional = {
  postcssPlugin: 'font-display-optional',
  AtRule: {
    'font-face': (rule) => rule.walkDecls('font-display', (decl) => (decl.value = 'optional')),
  },
};

const config = { plugins: [fontDisplayOptional, '@tailwindcss/postcss'] };

export default config;
