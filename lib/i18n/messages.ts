import type { Locale } from './locales';

const ko = {
  siteName: '데이트라인',
  siteTagline: '지역의 오늘을 두 언어로',
  latestArticles: '최신 기사',
  noArticles: '아직 게시된 기사가 없습니다.',
  published: '기사입력',
  reporterTitle: (name: string) => `${name} 기자`,
  photoCredit: (credit: string) => `(사진제공=${credit})`,
  comments: '댓글',
  commentsComingSoon: '댓글 기능을 준비하고 있습니다.',
  updated: '수정',
  readIn: '다른 언어로 읽기',
  translationStale: '이 번역을 만든 뒤 한국어 원문이 수정되었습니다. 번역이 최신 내용과 다를 수 있습니다.',
  translationMissing: '이 기사는 아직 해당 언어로 번역되지 않아 한국어 원문을 보여 드립니다.',
  readOriginal: '한국어 원문 보기',
  machineTranslation: '기계 번역 안내',
  advertisement: '광고',
  photoNews: '포토뉴스',
  previous: '이전',
  next: '다음',
  errorTitle: '페이지를 불러오지 못했습니다',
  errorBody: '잠시 후 다시 시도해 주세요. 문제가 계속되면 편집국에 알려 주세요.',
  retry: '다시 시도',
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '주소가 바뀌었거나 삭제된 기사일 수 있습니다.',
  backToFront: '첫 화면으로',
} as const;

export type Messages = { [K in keyof typeof ko]: (typeof ko)[K] extends string ? string : (typeof ko)[K] };

const en: Messages = {
  siteName: 'Dateline',
  siteTagline: "Today's region, in two languages",
  latestArticles: 'Latest news',
  noArticles: 'No articles have been published yet.',
  published: 'Published',
  reporterTitle: (name: string) => `Reporter ${name}`,
  photoCredit: (credit: string) => ` (Photo: ${credit})`,
  comments: 'Comments',
  commentsComingSoon: 'Comments are coming soon.',
  updated: 'Updated',
  readIn: 'Read in another language',
  translationStale: 'The Korean original has been updated since this translation was made, so the translation may be out of date.',
  translationMissing: 'This article has not been translated into English yet; the Korean original is shown below.',
  readOriginal: 'Read the Korean original',
  machineTranslation: 'About this machine translation',
  advertisement: 'Advertisement',
  photoNews: 'Photo news',
  previous: 'Previous',
  next: 'Next',
  errorTitle: 'This page could not be loaded',
  errorBody: 'Please try again in a moment. If the problem persists, let the newsroom know.',
  retry: 'Try again',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The address may have changed, or the article may have been removed.',
  backToFront: 'Front page',
};

const messages: Record<Locale, Messages> = { ko, en };

export function getMessages(locale: Locale): Messages {
  return messages[locale];
}
