import type { Locale } from './locales';

/**
 * Everything a reader reads about comments, in both languages. The server answers errors in the
 * language of the page the request came from; the comment section (a client component) shows the
 * rest. No zod and no server imports here: the client bundle carries this file.
 */
const ko = {
  notice:
    '기사 내용과 관련이 없는 글, 욕설을 사용하는 등 타인의 명예를 훼손하는 글은 관리자에 의해 예고 없이 임의 삭제될 수 있으므로 주의하시기 바랍니다.',
  nickname: '닉네임',
  password: '패스워드',
  passwordHint: '댓글을 지울 때 필요합니다.',
  answer: '도배방지 숫자 입력',
  content: '내용',
  submit: '등록',
  reasons: {
    OFF_TOPIC: '기사와 관련 없는 글',
    DEFAMATION: '명예훼손',
    ABUSE: '욕설·비방',
    SPAM: '광고·도배',
    OTHER: '기타',
  },
  errors: {
    nicknameTooShort: '닉네임은 2자 이상 입력해 주세요.',
    nicknameTooLong: '닉네임은 20자까지 쓸 수 있습니다.',
    nicknameInvalid: '닉네임에는 글자, 숫자, 공백과 . _ - 만 쓸 수 있습니다.',
    passwordTooShort: '패스워드는 4자 이상 입력해 주세요.',
    passwordTooLong: '패스워드는 64자까지 쓸 수 있습니다.',
    contentRequired: '내용을 입력해 주세요.',
    contentTooLong: '내용은 1,000자까지 쓸 수 있습니다.',
    contentMarkup: 'HTML 태그는 쓸 수 없습니다.',
    invalidCharacters: '보이지 않는 문자나 방향 제어 문자는 쓸 수 없습니다.',
    tooManyLinks: '링크는 2개까지 넣을 수 있습니다.',
    answerRequired: '이미지의 숫자를 입력해 주세요.',
    answerWrong: '숫자가 맞지 않습니다. 새 숫자를 입력해 주세요.',
    challengeExpired: '도배방지 확인 시간이 지났습니다. 새 숫자를 입력해 주세요.',
    duplicate: '같은 댓글을 이미 올리셨습니다.',
    refused: '이 댓글은 게시할 수 없습니다.',
    slowDown: (seconds: number) => `댓글을 너무 빨리 올리고 있습니다. ${seconds}초 뒤에 다시 시도해 주세요.`,
    closed: '이 기사는 댓글을 받지 않습니다.',
    wrongPassword: '패스워드가 맞지 않습니다.',
    tooManyAttempts: (seconds: number) => `패스워드를 여러 번 틀렸습니다. ${seconds}초 뒤에 다시 시도해 주세요.`,
    reasonRequired: '신고 사유를 골라 주세요.',
    noteTooLong: '설명은 300자까지 쓸 수 있습니다.',
    alreadyReported: '이미 신고한 댓글입니다.',
    notFound: '댓글을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.',
    invalid: '입력한 내용을 확인해 주세요.',
    crossSite: '다른 사이트에서 보낸 요청은 받지 않습니다.',
    unavailable: '잠시 댓글을 처리할 수 없습니다. 잠시 후 다시 시도해 주세요.',
  },
};

export type CommentMessages = typeof ko;
export type CommentErrorCode = keyof CommentMessages['errors'];

const en: CommentMessages = {
  notice:
    'Comments unrelated to the article, or using abuse that defames others, may be deleted by the administrator without notice.',
  nickname: 'Nickname',
  password: 'Password',
  passwordHint: 'You need it to delete your comment.',
  answer: 'Anti-spam number',
  content: 'Comment',
  submit: 'Post',
  reasons: {
    OFF_TOPIC: 'Off topic',
    DEFAMATION: 'Defamation',
    ABUSE: 'Abuse',
    SPAM: 'Spam or advertising',
    OTHER: 'Other',
  },
  errors: {
    nicknameTooShort: 'Enter a nickname of at least 2 characters.',
    nicknameTooLong: 'Nicknames are at most 20 characters.',
    nicknameInvalid: 'Nicknames may use letters, digits, spaces and . _ - only.',
    passwordTooShort: 'Enter a password of at least 4 characters.',
    passwordTooLong: 'Passwords are at most 64 characters.',
    contentRequired: 'Write your comment.',
    contentTooLong: 'Comments are at most 1,000 characters.',
    contentMarkup: 'HTML tags cannot be used.',
    invalidCharacters: 'Invisible or text-direction control characters cannot be used.',
    tooManyLinks: 'A comment may hold at most 2 links.',
    answerRequired: 'Enter the number in the image.',
    answerWrong: 'That number does not match. Enter the new number.',
    challengeExpired: 'The anti-spam check has expired. Enter the new number.',
    duplicate: 'You have already posted this comment.',
    refused: 'This comment cannot be posted.',
    slowDown: (seconds: number) => `You are posting comments too quickly. Slow down and try again in ${seconds} seconds.`,
    closed: 'Comments are closed on this article.',
    wrongPassword: 'The password does not match.',
    tooManyAttempts: (seconds: number) => `Too many wrong passwords. Try again in ${seconds} seconds.`,
    reasonRequired: 'Choose a reason for the report.',
    noteTooLong: 'The note is at most 300 characters.',
    alreadyReported: 'You have already reported this comment.',
    notFound: 'The comment was not found. It may have been deleted.',
    invalid: 'Check what you entered.',
    crossSite: 'Requests sent from another site are refused.',
    unavailable: 'Comments cannot be handled just now. Try again shortly.',
  },
};

const messages: Record<Locale, CommentMessages> = { ko, en };

export function getCommentMessages(locale: Locale): CommentMessages {
  return messages[locale];
}
