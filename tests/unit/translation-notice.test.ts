import { describe, expect, it } from 'vitest';
import { machineTranslationDisclaimer } from '@/lib/articles/translation-notice';

describe('machine-translation disclaimer', () => {
  it('reads exactly as on the seed page for Google Translate', () => {
    expect(machineTranslationDisclaimer('Google Translate')).toEqual({
      ko: "아래는 위의 글을 구글번역이 번역한 영문의 전문이다. '구글번역'은 이해도를 높이기를 위해 노력하고 있습니다. 영문 번역에 오류가 있을 수 있음을 전제로 합니다.",
      en: "Below is the English translation of the above text by Google Translate. 'Google Translate' is working hard to improve understanding. It is assumed that there may be errors in the English translation.",
    });
  });

  it('fits the Korean particles to other engines', () => {
    expect(machineTranslationDisclaimer('Papago').ko).toContain("파파고가 번역한 영문의 전문이다. '파파고'는");
  });
});
