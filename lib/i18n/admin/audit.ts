import type { AuditAction, AuditArea } from '@/lib/audit/actions';
import type { AuditDetails, Sentence } from '@/lib/audit/sentence';
import type { Locale } from '../locales';
import { formatNewsTime } from '../time';
import { adsMessages } from './ads';
import { moderationMessages } from './comments';
import { staffMessages } from './staff';
import type { Widen } from './widen';

type Describe = (d: AuditDetails) => Sentence;

const label = (labels: Readonly<Record<string, string>>, value: string | undefined) =>
  value === undefined ? '' : (labels[value] ?? value);
const time = (iso: string | undefined, locale: Locale) =>
  iso && !Number.isNaN(Date.parse(iso)) ? formatNewsTime(new Date(iso), locale) : '';
/** Parts that are there, joined: a detail the entry lacks leaves no empty brackets or separators. */
const joined = (parts: (string | false | undefined)[], separator = ', ') => parts.filter(Boolean).join(separator);
const bracketed = (parts: (string | false | undefined)[]) => (joined(parts) ? ` (${joined(parts)})` : '');
const changed = (before: string | undefined, after: string | undefined, name = '') =>
  after !== undefined && before !== after && `${name}${before ?? '—'} → ${after}`;

/** 을/를 and (으)로 after a Korean word: by its last syllable's final consonant (none for Latin letters and digits). */
function finalConsonant(word: string): number {
  const bare = word.trim().replace(/[’'”")\]]+$/u, '');
  const code = bare.codePointAt(bare.length - 1) ?? 0;
  return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : 0;
}
const eul = (word: string) => (finalConsonant(word) ? '을' : '를');
const ro = (word: string) => (finalConsonant(word) && finalConsonant(word) !== 8 ? '으로' : '로');

const koRoles = staffMessages.ko.roles;
const koAdSlots = adsMessages.ko.slots;
const koComments = moderationMessages.ko;
const koLanguages: Record<string, string> = { ko: '한국어', en: '영어' };
const koProfileFields: Record<string, string> = {
  nameKo: '이름(한국어)',
  nameEn: '이름(영어)',
  bioKo: '소개(한국어)',
  bioEn: '소개(영어)',
  deskId: '부서',
  contactEmail: '공개 이메일',
  photoId: '프로필 사진',
};
const koModerated =
  (verb: string) =>
  (d: AuditDetails): Sentence => [
    '',
    ` 댓글을 ${verb}${bracketed([d.text('nickname') && `작성자 ${d.text('nickname')}`, d.text('reason') && `이유: ${label(koComments.reasons, d.text('reason'))}`, d.text('note')])}`,
  ];
const koBanned = (d: AuditDetails) => {
  const kind = d.text('kind');
  const value = kind === 'IP_HASH' ? d.text('value')?.slice(0, 8) : d.text('value');
  return `${label(koComments.banKinds, kind)} ‘${value ?? ''}’`;
};
const koMode = (mode: string | undefined) => (mode ? label(koComments.modes, mode) : '사이트 설정대로');

/** The audit log page; each kind of entry as a sentence around its target (`auditSentences`, keyed by lib/audit/actions.ts). */
const ko = {
  auditTitle: '감사 기록',
  auditCaption: '최근 작업부터',
  auditWho: '누가',
  auditWhat: '무엇을',
  auditWhen: '언제',
  auditNoEntries: '기록이 없습니다.',
  auditNoMatches: '조건에 맞는 기록이 없습니다.',
  auditSystem: '시스템',
  auditOlder: '이전 기록',
  auditNewest: '최근 기록으로',
  auditRaw: '기록 원문',
  auditFiltersLabel: '감사 기록 거르기',
  auditFilterWho: '누가',
  auditFilterWhat: '무엇을',
  auditFilterFrom: '시작일',
  auditFilterTo: '종료일',
  auditAnyone: '모두',
  auditAnything: '모든 작업',
  auditAreaAll: (area: string) => `${area} 전체`,
  auditApply: '거르기',
  auditClear: '조건 지우기',
  auditFilterErrors: {
    who: '고른 직원을 찾을 수 없습니다. 목록에서 다시 골라 주세요.',
    what: '작업 종류를 알 수 없습니다. 목록에서 다시 골라 주세요.',
    from: '시작일은 2026-12-02처럼 연-월-일로 적어 주세요.',
    to: '종료일은 2026-12-02처럼 연-월-일로 적어 주세요.',
    before: '페이지 주소가 올바르지 않아 최근 기록부터 보여 줍니다.',
    order: '종료일이 시작일보다 앞섭니다.',
  },
  auditFilterIgnored: '이 조건은 빼고 보여 줍니다.',
  auditDeletedTarget: '지워진 항목',
  auditCommentOn: '기사',
  auditAreas: {
    article: '기사',
    photo: '사진',
    staff: '직원',
    glossary: '용어집',
    comment: '댓글',
    front: '1면',
    tag: '태그',
    breaking: '속보',
    apiKey: 'API 키',
    webhook: '웹훅',
    ad: '광고',
  } satisfies Record<AuditArea, string>,
  auditActionNames: {
    'article.create': '기사 만들기',
    'article.save': '기사 저장',
    'article.submit': '검토 요청',
    'article.schedule': '게시 예약',
    'article.publish': '게시',
    'article.unpublish': '게시 내리기',
    'article.archive': '보관',
    'article.publishScheduled': '예약 게시',
    'article.correct': '정정',
    'photo.upload': '사진 올리기',
    'photo.editTexts': '사진 설명 고치기',
    'photo.setFocus': '사진 초점 정하기',
    'staff.create': '계정 만들기',
    'staff.changeRole': '역할 바꾸기',
    'staff.deactivate': '계정 비활성화',
    'staff.reactivate': '계정 다시 활성화',
    'staff.changeContactEmail': '공개 이메일 바꾸기',
    'staff.changePassword': '비밀번호 바꾸기',
    'staff.updateProfile': '기자 페이지 정보 고치기',
    'staff.changeUiLocale': '관리 화면 언어 바꾸기',
    'staff.enableTwoFactor': '2단계 인증 켜기',
    'staff.disableTwoFactor': '2단계 인증 끄기',
    'staff.useRecoveryCode': '복구 코드로 로그인',
    'staff.requireTwoFactor': '2단계 인증 요구 설정',
    'staff.issuePasswordReset': '비밀번호 재설정 링크 만들기',
    'staff.resetPassword': '링크로 비밀번호 재설정',
    'staff.editProfile': '다른 직원의 기자 페이지 정보 고치기',
    'glossary.create': '용어 넣기',
    'glossary.update': '용어 고치기',
    'glossary.delete': '용어 지우기',
    'comment.delete': '댓글 삭제',
    'comment.approve': '댓글 승인',
    'comment.restore': '댓글 되살리기',
    'comment.ban': '작성자 차단',
    'comment.unban': '차단 풀기',
    'comment.settings': '사이트 댓글 설정',
    'comment.articleMode': '기사 댓글 방식',
    'comment.wordAdd': '단어 넣기',
    'comment.wordRemove': '단어 빼기',
    'front.arrange': '1면 편집',
    'front.release': '1면에서 빠짐',
    'tag.create': '태그 만들기',
    'tag.update': '태그 고치기',
    'tag.merge': '태그 합치기',
    'breaking.set': '속보 배너 걸기',
    'breaking.takeDown': '속보 배너 내리기',
    'apiKey.create': 'API 키 만들기',
    'apiKey.revoke': 'API 키 폐기',
    'webhook.create': '웹훅 등록',
    'webhook.delete': '웹훅 삭제',
    'webhook.resend': '웹훅 다시 보내기',
    'ad.save': '광고 저장',
  } satisfies Record<AuditAction, string>,
  auditSentences: {
    'article.create': () => ['', ' 기사를 만들었습니다'],
    'article.save': (d) => ['', ` 기사를 저장했습니다${bracketed([d.text('version') && `버전 ${d.text('version')}`])}`],
    'article.submit': () => ['', ' 기사의 검토를 요청했습니다'],
    'article.schedule': () => ['', ' 기사의 게시를 예약했습니다'],
    'article.publish': () => ['', ' 기사를 게시했습니다'],
    'article.unpublish': () => ['', ' 기사의 게시를 내렸습니다'],
    'article.archive': () => ['', ' 기사를 보관했습니다'],
    'article.publishScheduled': () => ['예약한 시각이 되어 ', ' 기사를 게시했습니다'],
    'article.correct': (d) => ['', ` 기사에 정정 글을 달았습니다${bracketed(d.list('locales').map((l) => label(koLanguages, l)))}`],
    'photo.upload': (d) => ['', ` 사진을 올렸습니다${bracketed([d.text('width') && `${d.text('width')}×${d.text('height')}`])}`],
    'photo.editTexts': () => ['', ' 사진의 설명을 고쳤습니다'],
    'photo.setFocus': () => ['', ' 사진의 초점을 정했습니다'],
    'staff.create': (d) => ['', ` 님의 계정을 만들었습니다${bracketed([label(koRoles, d.text('role'))])}`],
    'staff.changeRole': (d) => {
      const to = label(koRoles, d.text('to'));
      return ['', ` 님의 역할을 ${label(koRoles, d.text('from'))}에서 ${to}${ro(to)} 바꿨습니다`];
    },
    'staff.deactivate': () => ['', ' 님의 계정을 비활성화했습니다'],
    'staff.reactivate': () => ['', ' 님의 계정을 다시 활성화했습니다'],
    'staff.changeContactEmail': (d) => ['', ` 님의 공개 이메일을 바꿨습니다 (${d.text('from') ?? '없음'} → ${d.text('to') ?? '없음'})`],
    'staff.changePassword': () => ['자기 비밀번호를 바꿨습니다'],
    'staff.updateProfile': (d) => [
      `자기 기자 페이지 정보를 고쳤습니다${bracketed(d.list('fields').map((f) => label(koProfileFields, f)))}`,
    ],
    'staff.changeUiLocale': (d) => {
      const to = label(koLanguages, d.text('to'));
      return [`관리 화면 언어를 ${label(koLanguages, d.text('from'))}에서 ${to}${ro(to)} 바꿨습니다`];
    },
    'staff.enableTwoFactor': () => ['2단계 인증을 켰습니다'],
    'staff.disableTwoFactor': () => ['2단계 인증을 껐습니다'],
    'staff.useRecoveryCode': (d) => [
      `복구 코드로 로그인했습니다${bracketed([d.text('left') !== undefined && `남은 코드 ${d.text('left')}개`])}`,
    ],
    'staff.requireTwoFactor': (d) => [
      d.text('required') === 'true' ? '관리자와 편집자에게 2단계 인증을 요구했습니다' : '2단계 인증 요구를 풀었습니다',
    ],
    'staff.issuePasswordReset': () => ['', ' 님의 비밀번호 재설정 링크를 만들었습니다'],
    'staff.resetPassword': () => ['관리자가 준 링크로 비밀번호를 새로 정했습니다'],
    'staff.editProfile': (d) => [
      '',
      ` 님의 기자 페이지 정보를 고쳤습니다${bracketed(d.list('fields').map((f) => label(koProfileFields, f)))}`,
    ],
    'glossary.create': (d) => [`용어집에 ‘${d.text('ko')}’ → ‘${d.text('en')}’ 번역을 넣었습니다`],
    'glossary.update': (d) => [
      `용어집의 ‘${d.text('before', 'ko')}’ 항목을 고쳤습니다${bracketed([
        changed(d.text('before', 'ko'), d.text('after', 'ko'), '한국어 '),
        changed(d.text('before', 'en'), d.text('after', 'en'), '영어 '),
        changed(d.text('before', 'note'), d.text('after', 'note'), '메모 '),
      ])}`,
    ],
    'glossary.delete': (d) => [`용어집에서 ‘${d.text('ko')}’ → ‘${d.text('en')}’ 항목을 지웠습니다`],
    'comment.delete': koModerated('삭제했습니다'),
    'comment.approve': koModerated('승인했습니다'),
    'comment.restore': koModerated('되살렸습니다'),
    'comment.ban': (d) => {
      const until = d.text('expiresAt') ? `${time(d.text('expiresAt'), 'ko')}까지` : '해제할 때까지';
      return [`댓글 작성자를 차단했습니다: ${koBanned(d)}${bracketed([until, d.text('reason') && `이유: ${d.text('reason')}`])}`];
    },
    'comment.unban': (d) => [`댓글 작성자 차단을 풀었습니다: ${koBanned(d)}`],
    'comment.settings': (d) => [
      `사이트 댓글 설정을 바꿨습니다${bracketed([
        d.text('before', 'mode') !== d.text('after', 'mode') &&
          `방식 ${koMode(d.text('before', 'mode'))} → ${koMode(d.text('after', 'mode'))}`,
        changed(d.text('before', 'reportThreshold'), d.text('after', 'reportThreshold'), '신고 기준 '),
        d.text('hidden') !== undefined && d.text('hidden') !== '0' && `신고로 숨겨진 댓글 ${d.text('hidden')}개`,
      ])}`,
    ],
    'comment.articleMode': (d) => ['', ` 기사의 댓글 방식을 바꿨습니다 (${koMode(d.text('before'))} → ${koMode(d.text('after'))})`],
    'comment.wordAdd': (d) => [
      `단어 ‘${d.text('term')}’${eul(d.text('term') ?? '')} ${label(koComments.levels, d.text('level'))} 목록에 넣었습니다`,
    ],
    'comment.wordRemove': (d) => [
      `단어 ‘${d.text('term')}’${eul(d.text('term') ?? '')} ${label(koComments.levels, d.text('level'))} 목록에서 뺐습니다`,
    ],
    'front.arrange': (d) => [`${label(koLanguages, d.entityId)} 1면을 새로 짰습니다`],
    'front.release': (d) => ['', ` 기사가 게시되지 않게 되어 ${label(koLanguages, d.entityId)} 1면에서 뺐습니다`],
    'tag.create': (d) => [`태그 ‘${d.text('nameKo')}’${eul(d.text('nameKo') ?? '')} 만들었습니다${bracketed([d.text('nameEn')])}`],
    'tag.update': (d) => [
      `태그 ‘${d.text('before', 'nameKo')}’${eul(d.text('before', 'nameKo') ?? '')} 고쳤습니다${bracketed([
        changed(d.text('before', 'nameKo'), d.text('after', 'nameKo')),
        changed(d.text('before', 'nameEn'), d.text('after', 'nameEn')),
        changed(d.text('before', 'slug'), d.text('after', 'slug'), '주소 '),
      ])}`,
    ],
    'tag.merge': (d) => [`태그 ‘${d.text('merged', 'nameKo')}’${eul(d.text('merged', 'nameKo') ?? '')} 다른 태그에 합쳤습니다`],
    'breaking.set': (d) => [
      `속보 배너 ‘${d.text('headlineKo')}’${eul(d.text('headlineKo') ?? '')} ${time(d.text('endsAt'), 'ko')}까지 걸었습니다`,
    ],
    'breaking.takeDown': () => ['속보 배너를 내렸습니다'],
    'apiKey.create': (d) => [`콘텐츠 API 키 ‘${d.text('name')}’${eul(d.text('name') ?? '')} 만들었습니다`],
    'apiKey.revoke': (d) => [`콘텐츠 API 키 ‘${d.text('name')}’${eul(d.text('name') ?? '')} 폐기했습니다`],
    'webhook.create': (d) => [`웹훅 ${d.text('url')}${eul(d.text('url') ?? '')} 등록했습니다${bracketed(d.list('events'))}`],
    'webhook.delete': (d) => [`웹훅 ${d.text('url')}${eul(d.text('url') ?? '')} 삭제했습니다`],
    'webhook.resend': (d) => [`웹훅 알림${bracketed([d.text('event')])}을 다시 보내도록 했습니다`],
    'ad.save': (d) => [
      `광고 자리 ‘${label(koAdSlots, d.entityId)}’의 광고를 ${d.text('switched') === 'off' ? '꺼 둔 채로 ' : ''}저장했습니다 (${time(d.text('startsAt'), 'ko')}부터 ${time(d.text('endsAt'), 'ko')}까지)`,
    ],
  } satisfies Record<AuditAction, Describe>,
  /** An entry of a kind this version does not describe (older or newer code): its code, and its target if it has one. */
  auditUnknownAction: (code: string, withTarget: boolean): Sentence => (withTarget ? [`작업 ‘${code}’: `, ''] : [`작업 ‘${code}’`]),
} as const;

export type AuditMessages = Widen<typeof ko>;

const enRoles = staffMessages.en.roles;
const enAdSlots = adsMessages.en.slots;
const enComments = moderationMessages.en;
const enLanguages: Record<string, string> = { ko: 'Korean', en: 'English' };
const enProfileFields: Record<string, string> = {
  nameKo: 'name (Korean)',
  nameEn: 'name (English)',
  bioKo: 'biography (Korean)',
  bioEn: 'biography (English)',
  deskId: 'desk',
  contactEmail: 'public e-mail',
  photoId: 'portrait',
};
const enModerated =
  (verb: string) =>
  (d: AuditDetails): Sentence => [
    `${verb} the comment `,
    bracketed([
      d.text('nickname') && `by ${d.text('nickname')}`,
      d.text('reason') && `reason: ${label(enComments.reasons, d.text('reason'))}`,
      d.text('note'),
    ]),
  ];
const enBanned = (d: AuditDetails) => {
  const kind = d.text('kind');
  const value = kind === 'IP_HASH' ? d.text('value')?.slice(0, 8) : d.text('value');
  return `${label(enComments.banKinds, kind).toLowerCase()} “${value ?? ''}”`;
};
const enMode = (mode: string | undefined) => (mode ? label(enComments.modes, mode) : 'as the site');

const en: AuditMessages = {
  auditTitle: 'Audit log',
  auditCaption: 'Newest first',
  auditWho: 'Who',
  auditWhat: 'What',
  auditWhen: 'When',
  auditNoEntries: 'Nothing has been recorded yet.',
  auditNoMatches: 'No entries match these filters.',
  auditSystem: 'System',
  auditOlder: 'Older entries',
  auditNewest: 'Newest entries',
  auditRaw: 'Entry as recorded',
  auditFiltersLabel: 'Filter the audit log',
  auditFilterWho: 'Who',
  auditFilterWhat: 'What',
  auditFilterFrom: 'From',
  auditFilterTo: 'To',
  auditAnyone: 'Anyone',
  auditAnything: 'Anything',
  auditAreaAll: (area: string) => `${area}: all`,
  auditApply: 'Filter',
  auditClear: 'Clear filters',
  auditFilterErrors: {
    who: 'That staff member was not found. Choose again from the list.',
    what: 'That kind of action is unknown. Choose again from the list.',
    from: 'Write the start date as year-month-day, like 2026-12-02.',
    to: 'Write the end date as year-month-day, like 2026-12-02.',
    before: 'The page address was not valid, so the newest entries are shown.',
    order: 'The end date is before the start date.',
  },
  auditFilterIgnored: 'Shown without this filter.',
  auditDeletedTarget: 'a deleted item',
  auditCommentOn: 'On',
  auditAreas: {
    article: 'Articles',
    photo: 'Photos',
    staff: 'Staff',
    glossary: 'Glossary',
    comment: 'Comments',
    front: 'Front page',
    tag: 'Tags',
    breaking: 'Breaking news',
    apiKey: 'API keys',
    webhook: 'Webhooks',
    ad: 'Ads',
  },
  auditActionNames: {
    'article.create': 'Create article',
    'article.save': 'Save article',
    'article.submit': 'Submit for review',
    'article.schedule': 'Schedule',
    'article.publish': 'Publish',
    'article.unpublish': 'Unpublish',
    'article.archive': 'Archive',
    'article.publishScheduled': 'Scheduled publication',
    'article.correct': 'Correction',
    'photo.upload': 'Upload photo',
    'photo.editTexts': 'Edit photo texts',
    'photo.setFocus': 'Set photo focus',
    'staff.create': 'Create account',
    'staff.changeRole': 'Change role',
    'staff.deactivate': 'Deactivate account',
    'staff.reactivate': 'Reactivate account',
    'staff.changeContactEmail': 'Change public e-mail',
    'staff.changePassword': 'Change password',
    'staff.updateProfile': 'Edit reporter page',
    'staff.changeUiLocale': 'Change newsroom language',
    'staff.enableTwoFactor': 'Turn on two-factor sign-in',
    'staff.disableTwoFactor': 'Turn off two-factor sign-in',
    'staff.useRecoveryCode': 'Sign in with a recovery code',
    'staff.requireTwoFactor': 'Two-factor requirement',
    'staff.issuePasswordReset': 'Make password reset link',
    'staff.resetPassword': 'Reset password by link',
    'staff.editProfile': 'Edit another reporter page',
    'glossary.create': 'Add term',
    'glossary.update': 'Edit term',
    'glossary.delete': 'Delete term',
    'comment.delete': 'Delete comment',
    'comment.approve': 'Approve comment',
    'comment.restore': 'Restore comment',
    'comment.ban': 'Ban commenter',
    'comment.unban': 'Lift ban',
    'comment.settings': 'Site comment settings',
    'comment.articleMode': 'Article comment mode',
    'comment.wordAdd': 'Add word',
    'comment.wordRemove': 'Remove word',
    'front.arrange': 'Arrange front page',
    'front.release': 'Left the front page',
    'tag.create': 'Create tag',
    'tag.update': 'Edit tag',
    'tag.merge': 'Merge tags',
    'breaking.set': 'Put up breaking banner',
    'breaking.takeDown': 'Take down breaking banner',
    'apiKey.create': 'Create API key',
    'apiKey.revoke': 'Revoke API key',
    'webhook.create': 'Add webhook',
    'webhook.delete': 'Delete webhook',
    'webhook.resend': 'Send webhook again',
    'ad.save': 'Save ad',
  },
  auditSentences: {
    'article.create': () => ['Created the article ', ''],
    'article.save': (d) => ['Saved ', bracketed([d.text('version') && `version ${d.text('version')}`])],
    'article.submit': () => ['Submitted ', ' for review'],
    'article.schedule': () => ['Scheduled ', ' for publication'],
    'article.publish': () => ['Published ', ''],
    'article.unpublish': () => ['Unpublished ', ''],
    'article.archive': () => ['Archived ', ''],
    'article.publishScheduled': () => ['Published ', ' at its scheduled time'],
    'article.correct': (d) => ['Added a correction to ', bracketed(d.list('locales').map((l) => label(enLanguages, l)))],
    'photo.upload': (d) => ['Uploaded the photo ', bracketed([d.text('width') && `${d.text('width')}×${d.text('height')}`])],
    'photo.editTexts': () => ['Edited the texts of the photo ', ''],
    'photo.setFocus': () => ['Set the focal point of the photo ', ''],
    'staff.create': (d) => ['Created the account of ', bracketed([label(enRoles, d.text('role'))])],
    'staff.changeRole': (d) => ['Changed the role of ', ` from ${label(enRoles, d.text('from'))} to ${label(enRoles, d.text('to'))}`],
    'staff.deactivate': () => ['Deactivated the account of ', ''],
    'staff.reactivate': () => ['Reactivated the account of ', ''],
    'staff.changeContactEmail': (d) => ['Changed the public e-mail of ', ` (${d.text('from') ?? 'none'} → ${d.text('to') ?? 'none'})`],
    'staff.changePassword': () => ['Changed their own password'],
    'staff.updateProfile': (d) => [`Edited their reporter page${bracketed(d.list('fields').map((f) => label(enProfileFields, f)))}`],
    'staff.changeUiLocale': (d) => [
      `Switched the newsroom from ${label(enLanguages, d.text('from'))} to ${label(enLanguages, d.text('to'))}`,
    ],
    'staff.enableTwoFactor': () => ['Turned on two-factor sign-in'],
    'staff.disableTwoFactor': () => ['Turned off two-factor sign-in'],
    'staff.useRecoveryCode': (d) => [
      `Signed in with a recovery code${bracketed([d.text('left') !== undefined && `${d.text('left')} left`])}`,
    ],
    'staff.requireTwoFactor': (d) => [
      d.text('required') === 'true' ? 'Required two-factor sign-in of admins and editors' : 'Stopped requiring two-factor sign-in',
    ],
    'staff.issuePasswordReset': () => ['Made a password reset link for ', ''],
    'staff.resetPassword': () => ['Set a new password with a link from an administrator'],
    'staff.editProfile': (d) => ['Edited the reporter page of ', bracketed(d.list('fields').map((f) => label(enProfileFields, f)))],
    'glossary.create': (d) => [`Added “${d.text('ko')}” → “${d.text('en')}” to the glossary`],
    'glossary.update': (d) => [
      `Edited the glossary entry “${d.text('before', 'ko')}”${bracketed([
        changed(d.text('before', 'ko'), d.text('after', 'ko'), 'Korean '),
        changed(d.text('before', 'en'), d.text('after', 'en'), 'English '),
        changed(d.text('before', 'note'), d.text('after', 'note'), 'note '),
      ])}`,
    ],
    'glossary.delete': (d) => [`Deleted “${d.text('ko')}” → “${d.text('en')}” from the glossary`],
    'comment.delete': enModerated('Deleted'),
    'comment.approve': enModerated('Approved'),
    'comment.restore': enModerated('Restored'),
    'comment.ban': (d) => {
      const until = d.text('expiresAt') ? `until ${time(d.text('expiresAt'), 'en')}` : 'until lifted';
      return [`Banned the commenter ${enBanned(d)}${bracketed([until, d.text('reason') && `reason: ${d.text('reason')}`])}`];
    },
    'comment.unban': (d) => [`Lifted the ban on the commenter ${enBanned(d)}`],
    'comment.settings': (d) => [
      `Changed the site's comment settings${bracketed([
        d.text('before', 'mode') !== d.text('after', 'mode') &&
          `mode ${enMode(d.text('before', 'mode'))} → ${enMode(d.text('after', 'mode'))}`,
        changed(d.text('before', 'reportThreshold'), d.text('after', 'reportThreshold'), 'report threshold '),
        d.text('hidden') !== undefined && d.text('hidden') !== '0' && `${d.text('hidden')} comments hidden by reports`,
      ])}`,
    ],
    'comment.articleMode': (d) => ['Changed the comment mode of ', ` (${enMode(d.text('before'))} → ${enMode(d.text('after'))})`],
    'comment.wordAdd': (d) => [`Added “${d.text('term')}” to the ${label(enComments.levels, d.text('level')).toLowerCase()} words`],
    'comment.wordRemove': (d) => [`Removed “${d.text('term')}” from the ${label(enComments.levels, d.text('level')).toLowerCase()} words`],
    'front.arrange': (d) => [`Rearranged the ${label(enLanguages, d.entityId)} front page`],
    'front.release': (d) => ['Took ', ` off the ${label(enLanguages, d.entityId)} front page: it is no longer published`],
    'tag.create': (d) => [`Created the tag “${d.text('nameEn') ?? d.text('nameKo')}”${bracketed([d.text('nameKo')])}`],
    'tag.update': (d) => [
      `Edited the tag “${d.text('before', 'nameEn') ?? d.text('before', 'nameKo')}”${bracketed([
        changed(d.text('before', 'nameKo'), d.text('after', 'nameKo')),
        changed(d.text('before', 'nameEn'), d.text('after', 'nameEn')),
        changed(d.text('before', 'slug'), d.text('after', 'slug'), 'address '),
      ])}`,
    ],
    'tag.merge': (d) => [`Merged the tag “${d.text('merged', 'nameKo')}” into another`],
    'breaking.set': (d) => [
      `Put up the breaking banner “${d.text('headlineEn') ?? d.text('headlineKo')}” until ${time(d.text('endsAt'), 'en')}`,
    ],
    'breaking.takeDown': () => ['Took down the breaking banner'],
    'apiKey.create': (d) => [`Created the content API key “${d.text('name')}”`],
    'apiKey.revoke': (d) => [`Revoked the content API key “${d.text('name')}”`],
    'webhook.create': (d) => [`Added the webhook ${d.text('url')}${bracketed(d.list('events'))}`],
    'webhook.delete': (d) => [`Deleted the webhook ${d.text('url')}`],
    'webhook.resend': (d) => [`Queued a webhook delivery to be sent again${bracketed([d.text('event')])}`],
    'ad.save': (d) => [
      `Saved the ad in the ${label(enAdSlots, d.entityId)} slot${d.text('switched') === 'off' ? ', switched off,' : ''} from ${time(d.text('startsAt'), 'en')} until ${time(d.text('endsAt'), 'en')}`,
    ],
  },
  auditUnknownAction: (code: string, withTarget: boolean): Sentence => (withTarget ? [`Recorded “${code}”: `, ''] : [`Recorded “${code}”`]),
};

export const auditMessages: Record<Locale, AuditMessages> = { ko, en };
