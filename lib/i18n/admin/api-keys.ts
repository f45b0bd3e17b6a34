import type { Locale } from '../locales';
import type { Widen } from './widen';

/** Content API keys (`t.apiKeys`, /admin/api-keys). */
const ko = {
  title: 'API 키',
  lead: '앱, 제휴사 포털, 뉴스레터 도구가 발행된 기사를 읽어 가는 콘텐츠 API(/api/v1)의 키입니다. 키는 만들 때 한 번만 보여 주고, 사이트에는 알아볼 수 없는 형태로만 저장합니다.',
  docs: 'API 설명서(OpenAPI)',
  createTitle: '키 만들기',
  name: '이름',
  nameHint: '누가 어디에 쓰는 키인지. 예: 모바일 앱, 로비 전광판',
  requestsPerMinute: '분당 요청 한도',
  requestsPerMinuteHint: (min: number, max: number) => `${min}~${max}. 넘으면 잠시 429로 거절합니다.`,
  create: '만들기',
  creating: '만드는 중…',
  createdTitle: (name: string) => `‘${name}’ 키를 만들었습니다`,
  createdLead: '이 키는 지금 한 번만 보입니다. 복사해서 안전한 곳에 두세요. 잃어버리면 새로 만들고 이 키는 폐기하세요.',
  keyLabel: '새 API 키',
  usage: '요청 예시',
  listCaption: 'API 키',
  empty: '아직 만든 키가 없습니다.',
  prefix: '키 앞부분',
  limit: '분당 한도',
  createdAt: '만든 때',
  status: '상태',
  active: '사용 중',
  revokedAt: (when: string) => `${when} 폐기`,
  revoke: '폐기',
  confirmRevoke: (name: string) => `‘${name}’ 키를 폐기할까요? 이 키로 오는 요청은 곧바로 거절됩니다.`,
  keyGone: '이 키는 이미 폐기되었거나 없습니다.',
};

export type ApiKeysMessages = Widen<typeof ko>;

const en: ApiKeysMessages = {
  title: 'API keys',
  lead: 'Keys for the content API (/api/v1), through which apps, partner portals and newsletter tools read published articles. A key is shown once, when it is made; the site keeps only a form of it that cannot be read back.',
  docs: 'API description (OpenAPI)',
  createTitle: 'Create a key',
  name: 'Name',
  nameHint: 'Who uses it, and where. E.g. mobile app, lobby screen',
  requestsPerMinute: 'Requests per minute',
  requestsPerMinuteHint: (min: number, max: number) => `${min} to ${max}. Past it, requests are refused with 429 for a while.`,
  create: 'Create',
  creating: 'Creating…',
  createdTitle: (name: string) => `Created the key “${name}”`,
  createdLead: 'This key is shown only now. Copy it somewhere safe; if it is lost, create a new one and revoke this one.',
  keyLabel: 'New API key',
  usage: 'Example request',
  listCaption: 'API keys',
  empty: 'No keys yet.',
  prefix: 'Key starts',
  limit: 'Per minute',
  createdAt: 'Created',
  status: 'Status',
  active: 'In use',
  revokedAt: (when: string) => `Revoked ${when}`,
  revoke: 'Revoke',
  confirmRevoke: (name: string) => `Revoke the key “${name}”? Requests with it are refused at once.`,
  keyGone: 'This key was revoked already, or does not exist.',
};

export const apiKeysMessages: Record<Locale, ApiKeysMessages> = { ko, en };
