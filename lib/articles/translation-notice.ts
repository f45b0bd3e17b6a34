import { josa } from 'es-hangul';

/** Korean names of the engines newsrooms use; others are shown as recorded. */
const koreanEngineNames: Record<string, string> = {
  'Google Translate': '구글번역',
  Papago: '파파고',
  DeepL: '딥엘',
};

/** Text with one link in it: the words around it, and the link's own words. */
export type LinkedText = { before: string; link: string; after: string };

/** The machine-translation notice, in Korean and English, naming the engine used. */
export type MachineTranslationDisclaimer = { ko: LinkedText; en: LinkedText };

/**
 * The notice on a machine translation, naming the engine: the reference page's words, except that its "the above
 * text" becomes a link to the Korean original, which on this site is a page of its own, never above the translation.
 */
export function machineTranslationDisclaimer(engine: string): MachineTranslationDisclaimer {
  const ko = koreanEngineNames[engine] ?? engine;
  const koRest = `'${ko}'${josa.pick(ko, '은/는')} 이해도를 높이기를 위해 노력하고 있습니다. 영문 번역에 오류가 있을 수 있음을 전제로 합니다.`;
  const enRest = `'${engine}' is working hard to improve understanding. It is assumed that there may be errors in the English translation.`;
  return {
    ko: { before: '이 글은 ', link: '한국어 원문', after: `을 ${josa(ko, '이/가')} 번역한 영문의 전문이다. ${koRest}` },
    en: { before: 'This is the English translation of ', link: 'the Korean original', after: ` by ${engine}. ${enRest}` },
  };
}
