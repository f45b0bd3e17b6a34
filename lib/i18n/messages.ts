import type { Locale } from './locales';

const ko = {
  siteName: '데이트라인',
  siteTagline: '지역의 오늘을 두 언어로',
  latestArticles: '최신 기사',
  noArticles: '아직 게시된 기사가 없습니다.',
  published: '기사입력',
  reporterTitle: (name: string) => `${name} 기자`,
  photoCredit: (credit: string) => `사진제공=${credit}`,
  comments: '댓글',
  commentsComingSoon: '댓글 기능을 준비하고 있습니다.',
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
  photoCredit: (credit: string) => `Photo: ${credit}`,
  comments: 'Comments',
  commentsComingSoon: 'Comments are coming soon.',
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
