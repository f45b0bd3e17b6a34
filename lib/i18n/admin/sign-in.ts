import type { Locale } from '../locales';
import type { Widen } from './widen';

/** The sign-in page and form. */
const ko = {
  signInTitle: '편집국 로그인',
  signInLead: '데이트라인 직원 계정으로 로그인하세요.',
  email: '이메일',
  password: '비밀번호',
  signIn: '로그인',
  signingIn: '로그인하는 중…',
  signInInvalid: '이메일 또는 비밀번호가 올바르지 않습니다.',
  signInThrottled: (minutes: number) => `시도 횟수가 너무 많습니다. ${minutes}분 후에 다시 시도해 주세요.`,
  signInFailed: '로그인하지 못했습니다. 잠시 후 다시 시도해 주세요.',
  signInAfterPasswordChange: '비밀번호를 바꿨습니다. 새 비밀번호로 다시 로그인해 주세요.',
  signInOtherLanguage: 'English',
  code: '인증 코드',
  codeHint: '인증 앱의 6자리 코드, 또는 복구 코드',
  signInCodeNeeded: '2단계 인증을 쓰는 계정입니다. 인증 앱의 코드를 입력해 주세요.',
  signInCodeWrong: '인증 코드가 맞지 않습니다. 앱에 지금 보이는 코드나 쓰지 않은 복구 코드를 입력해 주세요.',
  resetTitle: '새 비밀번호 정하기',
  resetLead: (email: string) => `${email} 계정의 새 비밀번호를 정하세요. 이 링크는 한 번만 쓸 수 있습니다.`,
  resetExpires: (time: string) => `${time}까지 쓸 수 있습니다.`,
  resetInvalid: '쓸 수 없는 링크입니다. 이미 썼거나 30분이 지났습니다. 관리자에게 새 링크를 받아 주세요.',
  resetSubmit: '비밀번호 정하기',
} as const;

export type SignInMessages = Widen<typeof ko>;

const en: SignInMessages = {
  signInTitle: 'Newsroom sign-in',
  signInLead: 'Sign in with your Dateline staff account.',
  email: 'E-mail',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signInInvalid: 'Wrong e-mail or password.',
  signInThrottled: (minutes: number) => `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  signInFailed: 'Sign-in failed. Please try again in a moment.',
  signInAfterPasswordChange: 'Your password has been changed. Please sign in again with the new one.',
  signInOtherLanguage: '한국어',
  code: 'Authentication code',
  codeHint: 'The 6-digit code from your authenticator app, or a recovery code',
  signInCodeNeeded: 'This account uses two-factor sign-in. Type the code from your authenticator app.',
  signInCodeWrong: 'Wrong code. Type the code your app shows now, or a recovery code you have not used.',
  resetTitle: 'Choose a new password',
  resetLead: (email: string) => `Choose a new password for ${email}. This link works once.`,
  resetExpires: (time: string) => `It works until ${time}.`,
  resetInvalid: 'This link cannot be used: it was used already or is more than 30 minutes old. Ask an administrator for a new one.',
  resetSubmit: 'Set password',
};

export const signInMessages: Record<Locale, SignInMessages> = { ko, en };
