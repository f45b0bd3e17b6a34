import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/articles/ArticleBody';
import type { ArticleBody as Body } from '@/lib/articles/body';

const dateline = '(남양주=데이트라인 경기동북부)하인규 기자=';
const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const photo = { type: 'photo' as const, attrs: { photoId: '0b1f6f0e-4a57-4c8e-9d59-3c1c8f0a5e21' } };

function render(content: unknown[]): string {
  return renderToStaticMarkup(
    createElement(ArticleBody, { body: { type: 'doc', content } as Body, lead: dateline, photos: new Map(), locale: 'ko' }),
  );
}

describe('the dateline in the published story', () => {
  it('opens the first paragraph', () => {
    expect(render([paragraph('남양주시는 지난 18일…'), paragraph('이날 회의에는…')])).toContain(`<p>${dateline}남양주시는 지난 18일…</p>`);
  });

  it('still opens the first text paragraph when a photo was placed at the top of the body', () => {
    const html = render([photo, paragraph('남양주시는 지난 18일…'), paragraph('이날 회의에는…')]);
    expect(html).toContain(`<p>${dateline}남양주시는 지난 18일…</p>`);
    expect(html.split(dateline)).toHaveLength(2);
  });

  it('stands on its own when the body has no paragraph', () => {
    expect(render([photo])).toContain(`<p>${dateline}</p>`);
  });
});
