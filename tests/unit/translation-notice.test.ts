import { describe, expect, it } from 'vitest';
import { machineTranslationDisclaimer, type LinkedText } from '@/lib/articles/translation-notice';

const read = (text: LinkedText) => `${text.before}[${text.link}]${text.after}`;

describe('machine-translation disclaimer', () => {
  it("keeps the seed page's words but names the Korean original as a link instead of pointing above", () => {
    const { ko, en } = machineTranslationDisclaimer('Google Translate');
    expect(read(ko)).toBe(
      "이 글은 [한국어 원문]을 구글번역이 번역한 영문의 전문이다. '구글번역'은 이해도를 높이기를 위해 노력하고 있습니다. 영문 번역에 오류가 있을 수 있음을 전제로 합니다.",
    );
    expect(read(en)).toBe(
      "This is the English translation of [the Korean original] by Google Translate. 'Google Translate' is working hard to improve understanding. It is assumed that there may be errors in the English translation.",
    );
    expect(read(en)).not.toMatch(/above|below/iu);
  });

  it('fits the Korean particles to other engines', () => {
    expect(read(machineTranslationDisclaimer('Papago').ko)).toContain("[한국어 원문]을 파파고가 번역한 영문의 전문이다. '파파고'는");
  });
});
