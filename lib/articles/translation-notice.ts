import { josa } from 'es-hangul';

/** Korean names of the engines newsrooms use; others are shown as recorded. */
const koreanEngineNames: Record<string, string> = {
  'Google Translate': '구글번역',
  Papago: '파파고',
  DeepL: '딥엘',
};

/** The seed page's machine-translation notice, in Korean and English, naming the engine used. */
export function machineTranslationDisclaimer(engine: string): { ko: string; en: string } {
  const ko = koreanEngineNames[engine] ?? engine;
  return {
    ko: `아래는 위의 글을 ${josa(ko, '이/가')} 번역한 영문의 전문이다. '${ko}'${josa.pick(ko, '은/는')} 이해도를 높이기를 위해 노력하고 있습니다. 영문 번역에 오류가 있을 수 있음을 전제로 합니다.`,
    en: `Below is the English translation of the above text by ${engine}. '${engine}' is working hard to improve understanding. It is assumed that there may be errors in the English translation.`,
  };
}
