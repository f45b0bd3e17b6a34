import type { Locale } from '../locales';
import type { Widen } from './widen';

/** Ad slots in the newsroom (`t.ads`). */
const ko = {
  title: '광고',
  lead: '독자 페이지의 광고 자리 네 곳에 광고를 하나씩 겁니다. 정한 시각에 저절로 나타나고 저절로 내려갑니다. 시각은 한국 시간입니다.',
  slots: {
    'front-top': '첫 화면 위',
    'front-middle': '첫 화면 가운데',
    sidebar: '첫 화면 옆',
    'article-bottom': '기사 아래',
  },
  states: {
    empty: '비어 있음',
    off: '꺼 둠',
    scheduled: '시작 전',
    showing: '나가는 중',
    ended: '끝남',
  },
  period: (from: string, until: string) => `${from} ~ ${until}`,
  always: '정한 기간 없음',
  clicks: (count: number, since: string | null) => `클릭 ${count.toLocaleString('ko-KR')}회${since ? ` (${since}부터)` : ''}`,
  clicksNote: '클릭은 한 주소에서 한 시간에 한 번 셉니다. 몇 분 늦게 반영됩니다.',
  currentImage: '지금 이미지',
  image: '이미지',
  imageHint: 'JPEG, PNG, WebP, AVIF. 사진과 같은 검사를 거쳐 저장됩니다. 비워 두면 지금 이미지를 그대로 씁니다.',
  uploading: '이미지를 올리는 중…',
  href: '링크',
  hrefHint: 'http:// 또는 https://로 시작하는 주소. 독자의 클릭은 세고 나서 이 주소로 보냅니다.',
  altKo: '대체 텍스트 (한국어)',
  altEn: '대체 텍스트 (영어)',
  startsAt: '시작 (한국 시간)',
  endsAt: '끝 (한국 시간)',
  enabled: '켜기',
  save: '저장',
  saving: '저장하는 중…',
  saved: '저장했습니다. 독자 페이지에 곧바로 반영됩니다.',
} as const;

export type AdsMessages = Widen<typeof ko>;

const en: AdsMessages = {
  title: 'Ads',
  lead: 'One ad in each of the four ad slots of the reader pages. Each appears and leaves by itself at the times set. Times are Korea time.',
  slots: {
    'front-top': 'Front page, top',
    'front-middle': 'Front page, middle',
    sidebar: 'Front page, side',
    'article-bottom': 'Below articles',
  },
  states: {
    empty: 'Empty',
    off: 'Switched off',
    scheduled: 'Not started',
    showing: 'Showing',
    ended: 'Ended',
  },
  period: (from, until) => `${from} – ${until}`,
  always: 'No set period',
  clicks: (count, since) => `${count.toLocaleString('en-US')} ${count === 1 ? 'click' : 'clicks'}${since ? ` since ${since}` : ''}`,
  clicksNote: 'A click is counted once an hour per address, a few minutes late.',
  currentImage: 'Current image',
  image: 'Image',
  imageHint: 'JPEG, PNG, WebP or AVIF, checked and stored like photos. Leave empty to keep the current image.',
  uploading: 'Uploading the image…',
  href: 'Link',
  hrefHint: 'An address starting with http:// or https://. Readers’ clicks are counted, then sent there.',
  altKo: 'Alt text (Korean)',
  altEn: 'Alt text (English)',
  startsAt: 'Start (Korea time)',
  endsAt: 'End (Korea time)',
  enabled: 'Switched on',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved. Reader pages show it at once.',
};

export const adsMessages: Record<Locale, AdsMessages> = { ko, en };
