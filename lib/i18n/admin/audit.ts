import type { Locale } from '../locales';
import type { Widen } from './widen';

/** The audit log page. */
const ko = {
  auditTitle: '감사 기록',
  auditCaption: '최근 작업부터',
  auditWho: '누가',
  auditWhat: '무엇을',
  auditEntity: '대상',
  auditWhen: '언제',
  auditNoEntries: '기록이 없습니다.',
  auditSystem: '시스템',
  auditOlder: '이전 기록',
  auditNewest: '최근 기록으로',
} as const;

export type AuditMessages = Widen<typeof ko>;

const en: AuditMessages = {
  auditTitle: 'Audit log',
  auditCaption: 'Newest first',
  auditWho: 'Who',
  auditWhat: 'What',
  auditEntity: 'Entity',
  auditWhen: 'When',
  auditNoEntries: 'Nothing has been recorded yet.',
  auditSystem: 'System',
  auditOlder: 'Older entries',
  auditNewest: 'Newest entries',
};

export const auditMessages: Record<Locale, AuditMessages> = { ko, en };
