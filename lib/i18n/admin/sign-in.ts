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
};

export const signInMessages: Record<Locale, SignInMessages> = { ko, en };
