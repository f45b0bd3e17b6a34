import { describe, expect, it } from 'vitest';
import { highlightMatches } from '@/lib/search/highlight';
import { snippetAround } from '@/lib/search/snippet';

const marked = (text: string, query: string) =>
  highlightMatches(text, query)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlightMatches', () => {
  it('marks a Korean substring inside words, every time it occurs', () => {
    expect(highlightMatches('중국 상주시 외사판공실, 상주시 도서관장', '상주')).toEqual([
      { text: '중국 ', match: false },
      { text: '상주', match: true },
      { text: '시 외사판공실, ', match: false },
      { text: '상주', match: true },
      { text: '시 도서관장', match: false },
    ]);
  });

  it('ignores case and keeps the text as written', () => {
    expect(marked('Changzhou, CHANGZHOU and changzhou', 'changZhou')).toBe('[Changzhou], [CHANGZHOU] and [changzhou]');
  });

  it('takes the query literally, pattern characters included', () => {
    expect(marked('올해 100% 달성 (잠정) a.b axb', '100%')).toBe('올해 [100%] 달성 (잠정) a.b axb');
    expect(marked('올해 100% 달성 (잠정) a.b axb', '(잠정)')).toBe('올해 100% 달성 [(잠정)] a.b axb');
    expect(marked('a.b axb', 'a.b')).toBe('[a.b] axb');
    expect(marked('path\\to file_name', '\\')).toBe('path[\\]to file_name');
  });

  it('covers the whole text, matching at both ends or not at all', () => {
    expect(marked('상주 상주', '상주')).toBe('[상주] [상주]');
    expect(highlightMatches('남양주시', '부산')).toEqual([{ text: '남양주시', match: false }]);
    expect(highlightMatches('', '상주')).toEqual([]);
    expect(highlightMatches('남양주시', '')).toEqual([{ text: '남양주시', match: false }]);
  });
});

describe('snippetAround', () => {
  const long = `${'가'.repeat(300)} 상주시 ${'나'.repeat(300)}`;

  it('shows the first match with some text before it, cut ends marked', () => {
    const snippet = snippetAround(long, '상주');
    expect(snippet).toContain('상주시');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.indexOf('상주')).toBeGreaterThan(30);
    expect(snippet.length).toBeLessThanOrEqual(162);
  });

  it('starts at the beginning when the match is early or only in another language', () => {
    expect(snippetAround(long, '가가').startsWith('가')).toBe(true);
    expect(snippetAround(long, 'Changzhou')).toBe(`${'가'.repeat(160)}…`);
  });

  it('keeps the end in view when the match is near it', () => {
    const snippet = snippetAround(`${'가'.repeat(300)} 끝`, '끝');
    expect(snippet).toBe(`…${'가'.repeat(158)} 끝`);
  });

  it('puts paragraphs on one line and leaves short texts whole', () => {
    expect(snippetAround('첫 문단.\n\n둘째  문단.', '둘째')).toBe('첫 문단. 둘째 문단.');
  });
});
