import type { Locale } from '../locales';
import type { Widen } from './widen';

/** The breaking news banner (`t.breaking`). */
const ko = {
  title: '속보',
  lead: '속보 제목 하나를 정한 시간 동안 독자 페이지 맨 위에 띄웁니다. 새 속보를 올리면 지금 떠 있는 속보는 내려가고, 정한 시간이 지나면 저절로 내려갑니다.',
  currentTitle: '지금 떠 있는 속보',
  none: '지금 떠 있는 속보가 없습니다.',
  until: (time: string) => `${time}까지`,
  noEnglish: '영문 제목이 없어 영문 페이지에는 보이지 않습니다.',
  takeDown: '지금 내리기',
  confirmTakeDown: '이 속보를 지금 내릴까요?',
  setTitle: '속보 올리기',
  replaceNote: '올리면 지금 떠 있는 속보를 바꿉니다.',
  headlineKo: '한국어 제목',
  headlineEn: '영문 제목 (선택)',
  headlineEnHint: '비워 두면 영문 페이지에는 속보를 띄우지 않습니다.',
  link: '링크',
  linkHint:
    '기사 주소(예: /ko/articles/namyangju-changzhou-video-conference) 또는 https://로 시작하는 주소. 기사는 독자가 보는 언어로 열립니다.',
  duration: '띄울 시간',
  durations: { '30m': '30분', '1h': '1시간', '3h': '3시간', until: '정한 시각까지' },
  untilLabel: '내릴 시각 (한국 시간)',
  submit: '속보 올리기',
  submitting: '올리는 중…',
  done: '속보를 올렸습니다. 모든 독자 페이지에 곧바로 보입니다.',
} as const;

export type BreakingMessages = Widen<typeof ko>;

const en: BreakingMessages = {
  title: 'Breaking news',
  lead: 'Puts one breaking headline across the top of every reader page for a set time. A new one replaces the one shown; each leaves by itself when its time is up.',
  currentTitle: 'Shown now',
  none: 'No breaking headline is shown now.',
  until: (time: string) => `Until ${time}`,
  noEnglish: 'No English headline: English pages do not show it.',
  takeDown: 'Take down now',
  confirmTakeDown: 'Take this headline down now?',
  setTitle: 'Put up a breaking headline',
  replaceNote: 'It replaces the headline shown now.',
  headlineKo: 'Korean headline',
  headlineEn: 'English headline (optional)',
  headlineEnHint: 'Left empty, English pages show no banner.',
  link: 'Link',
  linkHint:
    'An article’s address (e.g. /ko/articles/namyangju-changzhou-video-conference) or an address starting with https://. Articles open in the reader’s language.',
  duration: 'Show for',
  durations: { '30m': '30 minutes', '1h': '1 hour', '3h': '3 hours', until: 'Until a set time' },
  untilLabel: 'Take down at (Korea time)',
  submit: 'Put up',
  submitting: 'Putting up…',
  done: 'The headline is up. Every reader page shows it now.',
};

export const breakingMessages: Record<Locale, BreakingMessages> = { ko, en };
