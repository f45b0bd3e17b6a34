import type { Locale } from '../locales';
import type { Widen } from './widen';

/** Why a change failed: the general sentence (`actionErrors`) and the text beside a field (`fieldErrors`, keyed by the codes schemas and lib/ use). */
const ko = {
  actionErrors: {
    invalid: '입력을 확인해 주세요.',
    conflict: '다른 사람이 먼저 저장했습니다.',
    notFound: '없는 항목입니다. 삭제되었을 수 있습니다.',
    forbidden: '이 작업을 할 권한이 없습니다.',
    photoTextsEditorsOnly:
      '이 사진의 설명은 편집자만 고칠 수 있습니다. 기자는 자기가 올린 사진 가운데 초고나 검토 중인 기사에만 쓰인 사진의 설명을 고칩니다.',
    crossSite: '다른 사이트에서 보낸 요청은 받지 않습니다.',
    tooLarge: '요청이 너무 큽니다. 한 번에 처리할 항목을 줄여 주세요.',
    signedOut: '로그인이 끝났습니다. 다시 로그인해 주세요.',
    unavailable: '잠시 처리할 수 없습니다. 잠시 후 다시 시도해 주세요.',
  },

  fieldErrors: {
    machineEngineRequired: '번역기 이름을 써 주세요.',
    dateTimeInvalid: '날짜와 시각을 골라 주세요.',
    scheduleInPast: '지금보다 뒤의 시각을 골라 주세요.',
    correctionEnglishNeeded: '영문 번역이 있는 기사입니다. 영문 정정문도 써 주세요.',
    invalid: '올바르지 않은 값입니다.',
    required: '입력해 주세요.',
    tooLong: '너무 깁니다.',
    emailInvalid: '올바른 이메일 주소가 아닙니다.',
    emailTaken: '이미 쓰이는 이메일입니다.',
    slugInvalid: '영문 소문자, 숫자, 하이픈만 쓸 수 있습니다.',
    slugTaken: '이미 쓰이는 주소입니다.',
    photoNotAttached: '본문에 넣은 사진이 기사 사진 목록에 없습니다. 사진을 다시 추가하거나 본문에서 빼 주세요.',
    roleInvalid: '역할을 골라 주세요.',
    deskInvalid: '없는 소속입니다.',
    photoInvalid: '없는 사진입니다.',
    passwordTooShort: '비밀번호는 12자 이상이어야 합니다.',
    passwordsDiffer: '두 비밀번호가 다릅니다.',
    currentPasswordWrong: '현재 비밀번호가 올바르지 않습니다.',
    tooManyAttempts: '시도 횟수가 너무 많습니다. 잠시 후에 다시 시도해 주세요.',
    localeInvalid: '언어를 골라 주세요.',
    ownAccount: '자기 계정의 역할이나 상태는 바꿀 수 없습니다.',
    staffNotFound: '없는 계정입니다.',
    glossaryTermTaken: '이미 용어집에 있는 용어입니다.',
    breakingLinkInvalid: '기사 주소(/ko/articles/…)나 http:// 또는 https://로 시작하는 주소를 써 주세요.',
    breakingArticleMissing: '이 주소에 게시된 기사가 없습니다.',
    bannedWordTaken: '이미 목록에 있는 단어입니다.',
    bannedWordInvalid: '글자나 숫자가 하나 이상 있어야 합니다.',
    moderationReasonRequired: '이유를 골라 주세요.',
    moderationNoteRequired: '‘기타’를 골랐으면 메모를 써 주세요.',
    reportThresholdRange: '1에서 20 사이의 수를 써 주세요.',
    invalidCharacters: '저장할 수 없는 문자(NUL 문자나 반쪽짜리 이모지)가 들어 있습니다.',
  },
} as const;

export type ErrorMessages = Widen<typeof ko>;

const en: ErrorMessages = {
  actionErrors: {
    invalid: 'Please check the highlighted fields.',
    conflict: 'Someone else saved first.',
    notFound: 'This no longer exists; it may have been deleted.',
    forbidden: 'Your account may not do this.',
    photoTextsEditorsOnly:
      'Only editors may change this photo’s texts. Reporters change the texts of photos they uploaded that are used only in drafts or stories in review.',
    crossSite: 'Requests sent from another site are refused.',
    tooLarge: 'The request is too large. Handle fewer items at once.',
    signedOut: 'Your session has ended. Please sign in again.',
    unavailable: 'This cannot be done right now. Please try again shortly.',
  },

  fieldErrors: {
    machineEngineRequired: 'Name the machine translation engine.',
    dateTimeInvalid: 'Choose a date and time.',
    scheduleInPast: 'Choose a time in the future.',
    correctionEnglishNeeded: 'This article has an English translation: add the English correction note too.',
    invalid: 'This value is not valid.',
    required: 'Please fill this in.',
    tooLong: 'This is too long.',
    emailInvalid: 'This is not a valid e-mail address.',
    emailTaken: 'This e-mail address is already in use.',
    slugInvalid: 'Use lower-case letters, digits and hyphens only.',
    slugTaken: 'This address is already in use.',
    photoNotAttached: 'The body shows a photo that is not in the article’s photo list. Add the photo back or take it out of the body.',
    roleInvalid: 'Please choose a role.',
    deskInvalid: 'This desk does not exist.',
    photoInvalid: 'This photo does not exist.',
    passwordTooShort: 'Passwords must be at least 12 characters long.',
    passwordsDiffer: 'The two passwords differ.',
    currentPasswordWrong: 'The current password is wrong.',
    tooManyAttempts: 'Too many attempts. Please try again later.',
    localeInvalid: 'Please choose a language.',
    ownAccount: 'You cannot change the role or status of your own account.',
    staffNotFound: 'This account does not exist.',
    glossaryTermTaken: 'This term is already in the glossary.',
    breakingLinkInvalid: 'Give an article’s address (/ko/articles/…) or an address starting with http:// or https://.',
    breakingArticleMissing: 'No published article has this address.',
    bannedWordTaken: 'This word is already on the list.',
    bannedWordInvalid: 'Use at least one letter or digit.',
    moderationReasonRequired: 'Choose a reason.',
    moderationNoteRequired: 'With “Other”, please write a note.',
    reportThresholdRange: 'Enter a number from 1 to 20.',
    invalidCharacters: 'Contains a character that cannot be stored (a NUL or half of an emoji).',
  },
};

export const errorMessages: Record<Locale, ErrorMessages> = { ko, en };
