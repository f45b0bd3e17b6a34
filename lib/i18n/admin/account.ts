import type { Locale } from '../locales';
import type { Widen } from './widen';

/** A staff member's own account: password, interface language, public profile. */
const ko = {
  accountTitle: '내 계정',
  changePasswordTitle: '비밀번호 바꾸기',
  currentPassword: '현재 비밀번호',
  newPassword: '새 비밀번호',
  newPasswordHint: (min: number) => `${min}자 이상`,
  repeatNewPassword: '새 비밀번호 확인',
  changePassword: '비밀번호 바꾸기',
  languageTitle: '관리 화면 언어',
  language: '언어',
  saveLanguage: '언어 저장',
  languageSaved: '언어를 저장했습니다.',
  profileTitle: '기자 페이지 정보',
  profileLead: '독자가 보는 기자 페이지에 실립니다. 로그인 이메일과 페이지 주소는 관리자가 바꿉니다.',
  contactEmail: '공개 이메일',
  contactEmailHint:
    '기사 끝과 기자 페이지에 독자가 연락할 주소로 실립니다. 비우면 싣지 않습니다. 로그인 이메일은 독자에게 보이지 않습니다.',
  bioKo: '소개(한국어)',
  bioEn: '소개(영어)',
  bioHint: (max: number) => `${max}자까지, 꾸밈 없는 글`,
  portrait: '프로필 사진',
  portraitHint: '다른 사진을 고르면 그 사진으로 바뀝니다. 빼면 사진 없이 보입니다.',
  saveProfile: '정보 저장',
  profileSaved: '정보를 저장했습니다.',
} as const;

export type AccountMessages = Widen<typeof ko>;

const en: AccountMessages = {
  accountTitle: 'My account',
  changePasswordTitle: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  newPasswordHint: (min: number) => `At least ${min} characters`,
  repeatNewPassword: 'New password again',
  changePassword: 'Change password',
  languageTitle: 'Admin language',
  language: 'Language',
  saveLanguage: 'Save language',
  languageSaved: 'Language saved.',
  profileTitle: 'Reporter page',
  profileLead: 'Readers see this on your reporter page. Administrators change your sign-in e-mail and page address.',
  contactEmail: 'Public e-mail',
  contactEmailHint:
    'Shown to readers at the end of your articles and on your reporter page; leave it empty to show none. Your sign-in e-mail is never shown.',
  bioKo: 'Biography (Korean)',
  bioEn: 'Biography (English)',
  bioHint: (max: number) => `Up to ${max} characters of plain text`,
  portrait: 'Portrait',
  portraitHint: 'Choosing another photo replaces it. Remove it to show none.',
  saveProfile: 'Save profile',
  profileSaved: 'Profile saved.',
};

export const accountMessages: Record<Locale, AccountMessages> = { ko, en };
