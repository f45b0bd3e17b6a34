import type { Locale } from '@/lib/i18n/locales';
import type { TextPlace } from './text-sections';

/** One message in every interface language: the check runs once, each reader sees their own. */
export type LocalizedText = Record<Locale, string>;

export function placeName(place: TextPlace, locale: Locale): string {
  if (place.part === 'headline') return locale === 'ko' ? '제목' : 'Headline';
  const n = place.index + 1;
  if (place.part === 'subtitle') return locale === 'ko' ? `부제 ${n}` : `Subtitle ${n}`;
  return locale === 'ko' ? `본문 ${n}문단` : `Paragraph ${n}`;
}

function placeList(places: readonly TextPlace[], locale: Locale): string {
  return places.map((place) => placeName(place, locale)).join(', ');
}

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

// English renderings are quoted and never followed by a Korean particle: whether 이/가 fits depends on how they sound.
export const glossaryWarningMessages = {
  missingRendering: (ko: string, en: string, koPlaces: readonly TextPlace[]): LocalizedText => ({
    ko: `영문에 ‘${ko}’의 용어집 표기가 없습니다: ${en} (원문: ${placeList(koPlaces, 'ko')})`,
    en: `The English text never uses “${en}”, the glossary’s rendering of ${ko} (Korean: ${placeList(koPlaces, 'en')}).`,
  }),
  otherRendering: (ko: string, en: string, found: string, place: TextPlace): LocalizedText => ({
    ko: `${placeName(place, 'ko')}에 ‘${ko}’의 다른 표기가 쓰였습니다: ${found} (용어집 표기: ${en})`,
    en: `${placeName(place, 'en')} renders ${ko} as “${found}”; the glossary’s rendering is “${en}”.`,
  }),
  countMismatch: (ko: string, en: string, koCount: number, enCount: number): LocalizedText => ({
    ko: `원문의 ‘${ko}’ ${koCount}회, 영문의 ${en} ${enCount}회: 빠진 곳이 없는지 확인하세요.`,
    en: `${ko} appears ${times(koCount)} in the Korean text but “${en}” ${times(enCount)} in the English: check nothing was left out.`,
  }),
};
