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
  twoFactorTitle: '2단계 인증',
  twoFactorLead: '로그인할 때 비밀번호와 함께 인증 앱(Google Authenticator, 1Password, Authy 등)의 6자리 코드를 입력합니다.',
  twoFactorRequiredNotice: '관리자가 이 역할에 2단계 인증을 요구합니다. 2단계 인증을 켜야 다른 화면을 쓸 수 있습니다.',
  twoFactorOff: '2단계 인증이 꺼져 있습니다.',
  twoFactorTurnOn: '2단계 인증 켜기',
  twoFactorScan: '인증 앱에서 계정을 추가하고 아래 비밀 키를 입력하거나, 휴대폰에서 이 페이지를 열었다면 otpauth 주소를 여세요.',
  twoFactorSecret: '비밀 키',
  twoFactorUri: 'otpauth 주소',
  twoFactorFirstCode: '앱에 보이는 6자리 코드',
  twoFactorConfirm: '확인하고 켜기',
  twoFactorStartOver: '새 비밀 키 받기',
  twoFactorOn: (date: string, left: number) => `${date}부터 켜져 있습니다. 남은 복구 코드: ${left}개.`,
  twoFactorDisableCode: '끄려면 앱의 코드나 복구 코드를 입력하세요',
  twoFactorTurnOff: '2단계 인증 끄기',
  recoveryCodesTitle: '복구 코드',
  recoveryCodesLead:
    '휴대폰을 잃어버렸을 때 코드 대신 쓰는 일회용 코드입니다. 지금만 보여 드리니 안전한 곳에 적어 두세요. 코드마다 한 번씩만 쓸 수 있습니다.',
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
  twoFactorTitle: 'Two-factor sign-in',
  twoFactorLead:
    'When you sign in, type the 6-digit code from an authenticator app (Google Authenticator, 1Password, Authy…) as well as your password.',
  twoFactorRequiredNotice: 'An administrator requires two-factor sign-in for your role. Turn it on to use the rest of the newsroom.',
  twoFactorOff: 'Two-factor sign-in is off.',
  twoFactorTurnOn: 'Turn on two-factor sign-in',
  twoFactorScan: 'Add an account in your authenticator app and type in the secret key below, or open the otpauth address on your phone.',
  twoFactorSecret: 'Secret key',
  twoFactorUri: 'otpauth address',
  twoFactorFirstCode: 'The 6-digit code your app shows',
  twoFactorConfirm: 'Confirm and turn on',
  twoFactorStartOver: 'Get a new secret key',
  twoFactorOn: (date: string, left: number) => `On since ${date}. Recovery codes left: ${left}.`,
  twoFactorDisableCode: 'To turn it off, type a code from your app or a recovery code',
  twoFactorTurnOff: 'Turn off two-factor sign-in',
  recoveryCodesTitle: 'Recovery codes',
  recoveryCodesLead:
    'One-time codes to use instead of the app if you lose your phone. They are shown only now: keep them somewhere safe. Each works once.',
};

export const accountMessages: Record<Locale, AccountMessages> = { ko, en };
