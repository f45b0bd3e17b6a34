import { describe, expect, it } from 'vitest';
import { linkify } from '@/components/comments/linkify';

const links = (text: string) => linkify(text).filter((part) => part.kind === 'link');

describe('comment text becomes text and links, never markup', () => {
  it('leaves text without addresses as one text part', () => {
    expect(linkify('도서관 교류 좋네요.\n다음에도 기대합니다.')).toEqual([
      { kind: 'text', text: '도서관 교류 좋네요.\n다음에도 기대합니다.' },
    ]);
  });

  it('links http and https addresses in place', () => {
    expect(linkify('자세한 내용은 https://www.nyj.go.kr/news?id=3 참고')).toEqual([
      { kind: 'text', text: '자세한 내용은 ' },
      { kind: 'link', text: 'https://www.nyj.go.kr/news?id=3', href: 'https://www.nyj.go.kr/news?id=3' },
      { kind: 'text', text: ' 참고' },
    ]);
    expect(links('see http://example.com/a')).toEqual([{ kind: 'link', text: 'http://example.com/a', href: 'http://example.com/a' }]);
  });

  it('links www. addresses over https', () => {
    expect(links('www.example.com')).toEqual([{ kind: 'link', text: 'www.example.com', href: 'https://www.example.com' }]);
  });

  it('ends an address at Korean text written right after it', () => {
    expect(linkify('링크https://example.com/path에서 확인')).toEqual([
      { kind: 'text', text: '링크' },
      { kind: 'link', text: 'https://example.com/path', href: 'https://example.com/path' },
      { kind: 'text', text: '에서 확인' },
    ]);
  });

  it('leaves sentence punctuation and unmatched brackets out of the link', () => {
    expect(links('Read https://example.com.')[0]?.text).toBe('https://example.com');
    expect(links('Really? https://example.com/x?!')[0]?.text).toBe('https://example.com/x');
    expect(links('(see https://example.com/a)')[0]?.text).toBe('https://example.com/a');
    expect(links('"https://example.com/q",')[0]?.text).toBe('https://example.com/q');
    expect(links('https://en.wikipedia.org/wiki/Namyangju_(city).')[0]?.text).toBe('https://en.wikipedia.org/wiki/Namyangju_(city)');
  });

  it('keeps every character of the text, in order', () => {
    const text = '두 곳: https://a.example/x, www.b.example! 끝 (https://c.example)';
    expect(
      linkify(text)
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
    expect(links(text).map((part) => part.href)).toEqual(['https://a.example/x', 'https://www.b.example', 'https://c.example']);
  });

  it('never links other schemes', () => {
    expect(links('javascript:alert(1)')).toEqual([]);
    expect(links('data:text/html,<script>alert(1)</script>')).toEqual([]);
    expect(links('JaVaScRiPt:alert(document.cookie)//https')).toEqual([]);
    expect(links('https:// nothing')).toEqual([]);
  });

  it('only ever produces http(s) hrefs', () => {
    for (const text of [
      'javascript:https://x.example',
      'vbscript:www.x.example',
      'xhttps://y.example',
      '<a href="https://z.example">z</a>',
    ]) {
      for (const link of links(text)) expect(link.href).toMatch(/^https?:\/\/[^\s"<>]+$/u);
    }
  });

  it('keeps markup as text for React to show, and stops addresses at quotes and angle brackets', () => {
    expect(linkify('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
    expect(linkify('<a href="https://evil.example">x</a>')).toEqual([
      { kind: 'text', text: '<a href="' },
      { kind: 'link', text: 'https://evil.example', href: 'https://evil.example' },
      { kind: 'text', text: '">x</a>' },
    ]);
  });
});
