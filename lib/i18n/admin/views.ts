import type { Locale } from '../locales';
import type { Widen } from './widen';

/** Readers' views as the newsroom sees them: the article list's column and the dashboard (`t.views`). */
const ko = {
  views: '조회',
  viewsHint: '오늘 / 7일',
  mostReadTitle: '많이 본 기사',
  mostReadCaption: '최근 7일 동안 많이 본 게시 기사',
  today: '오늘',
  week: '7일',
  totals: (today: string, week: string) => `사이트 전체 조회: 오늘 ${today}, 7일 ${week}`,
  noViews: '아직 집계된 조회가 없습니다.',
  howCounted: '독자 한 명(주소)이 한 기사를 한 시간에 여러 번 봐도 한 번으로 셉니다. 검색 로봇은 세지 않으며, 1분 안에 반영됩니다.',
  headline: '제목',
};

export type ViewMessages = Widen<typeof ko>;

const en: ViewMessages = {
  views: 'Views',
  viewsHint: 'today / 7 days',
  mostReadTitle: 'Most read',
  mostReadCaption: 'Published articles most read in the last 7 days',
  today: 'Today',
  week: '7 days',
  totals: (today: string, week: string) => `Views across the site: ${today} today, ${week} in 7 days`,
  noViews: 'No views have been counted yet.',
  howCounted:
    'A reader (one address) reading an article several times within an hour counts once. Crawlers are not counted; figures are at most a minute behind.',
  headline: 'Headline',
};

export const viewMessages: Record<Locale, ViewMessages> = { ko, en };

/** A count as the newsroom reads it, with the digit grouping of its language. */
export const formatViews = (count: number, locale: Locale) => count.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US');
