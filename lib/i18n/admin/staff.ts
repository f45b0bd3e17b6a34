import type { Locale } from '../locales';
import type { Widen } from './widen';

/** Staff accounts as administrators manage them, and the role names. */
const ko = {
  staffTitle: '직원',
  staffListCaption: '직원 계정',
  newStaff: '새 직원 계정',
  createStaff: '계정 만들기',
  nameKo: '이름(한국어)',
  nameEn: '이름(영어)',
  signInEmail: '로그인 이메일',
  signInEmailHint: '로그인에만 쓰고 독자에게는 보이지 않습니다. 공개 이메일은 직원 목록이나 각자의 계정에서 따로 정합니다.',
  saveContactEmail: '공개 이메일 저장',
  contactEmailSaved: '저장했습니다.',
  slug: '기자 페이지 주소',
  slugHint: '영문 소문자, 숫자, 하이픈 (예: hong-gil-dong)',
  role: '역할',
  desk: '소속',
  noDesk: '없음',
  initialPassword: '처음 비밀번호',
  status: '상태',
  actions: '관리',
  active: '사용 중',
  inactive: '비활성',
  changeRole: '역할 바꾸기',
  deactivate: '비활성화',
  reactivate: '다시 활성화',
  you: '(나)',
  roles: { REPORTER: '기자', EDITOR: '편집자', MODERATOR: '댓글 관리자', ADMIN: '관리자' },
} as const;

export type StaffMessages = Widen<typeof ko>;

const en: StaffMessages = {
  staffTitle: 'Staff',
  staffListCaption: 'Staff accounts',
  newStaff: 'New staff account',
  createStaff: 'Create account',
  nameKo: 'Name (Korean)',
  nameEn: 'Name (English)',
  signInEmail: 'Sign-in e-mail',
  signInEmailHint: 'Used only to sign in, never shown to readers. The public e-mail is set apart, in the staff list or in each account.',
  saveContactEmail: 'Save public e-mail',
  contactEmailSaved: 'Saved.',
  slug: 'Reporter page address',
  slugHint: 'Lower-case letters, digits and hyphens (e.g. hong-gil-dong)',
  role: 'Role',
  desk: 'Desk',
  noDesk: 'None',
  initialPassword: 'Initial password',
  status: 'Status',
  actions: 'Manage',
  active: 'Active',
  inactive: 'Deactivated',
  changeRole: 'Change role',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  you: '(you)',
  roles: { REPORTER: 'Reporter', EDITOR: 'Editor', MODERATOR: 'Moderator', ADMIN: 'Administrator' },
};

export const staffMessages: Record<Locale, StaffMessages> = { ko, en };
