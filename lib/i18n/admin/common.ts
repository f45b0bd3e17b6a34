import type { Locale } from '../locales';
import type { Widen } from './widen';

/** The newsroom around every page: the header and menu, the dashboard, and the refusal and not-found pages. */
const ko = {
  adminTitle: '데이트라인 편집국',
  adminNavLabel: '관리 메뉴',
  navDashboard: '대시보드',
  navArticles: '기사',
  navMedia: '사진',
  navGlossary: '용어집',
  navBreaking: '속보',
  navApiKeys: 'API 키',
  navWebhooks: '웹훅',
  navAds: '광고',
  navTags: '태그',
  navFront: '첫 화면',
  navComments: '댓글',
  navStaff: '직원',
  navAudit: '감사 기록',
  navAccount: '내 계정',
  signOut: '로그아웃',
  signOutFailed: '로그아웃하지 못했습니다. 잠시 후 다시 시도해 주세요.',
  signedInAs: (name: string) => `${name} 님으로 로그인함`,

  forbiddenTitle: '권한이 없습니다',
  forbiddenBody: '이 페이지를 볼 수 있는 권한이 없습니다. 필요하면 관리자에게 문의하세요.',
  backToDashboard: '대시보드로',
  notFoundTitle: '찾을 수 없습니다',
  notFoundBody: '없는 항목이거나, 이 계정으로는 열 수 없는 항목입니다.',

  dashboardTitle: '대시보드',
  welcome: (name: string) => `${name} 님, 환영합니다.`,
} as const;

export type CommonMessages = Widen<typeof ko>;

const en: CommonMessages = {
  adminTitle: 'Dateline newsroom',
  adminNavLabel: 'Admin menu',
  navDashboard: 'Dashboard',
  navArticles: 'Articles',
  navMedia: 'Media',
  navGlossary: 'Glossary',
  navBreaking: 'Breaking news',
  navApiKeys: 'API keys',
  navWebhooks: 'Webhooks',
  navAds: 'Ads',
  navTags: 'Tags',
  navFront: 'Front page',
  navComments: 'Comments',
  navStaff: 'Staff',
  navAudit: 'Audit log',
  navAccount: 'My account',
  signOut: 'Sign out',
  signOutFailed: 'Sign-out failed. Please try again in a moment.',
  signedInAs: (name: string) => `Signed in as ${name}`,

  forbiddenTitle: 'Not allowed',
  forbiddenBody: 'Your account may not open this page. Ask an administrator if you need it.',
  backToDashboard: 'Back to the dashboard',
  notFoundTitle: 'Not found',
  notFoundBody: 'This does not exist, or this account may not open it.',

  dashboardTitle: 'Dashboard',
  welcome: (name: string) => `Welcome, ${name}.`,
};

export const commonMessages: Record<Locale, CommonMessages> = { ko, en };
