import type { Locale } from '../locales';
import type { Widen } from './widen';

/** The editor's translation checks: glossary spellings and changes to the Korean since translation (`t.translationChecks`). */
const ko = {
  title: '번역 점검',
  glossaryTitle: '용어집 표기',
  glossaryClean: '용어집과 다르게 쓴 곳이 없습니다.',
  severity: { warning: '경고', note: '참고' },
  staleTitle: '번역 뒤에 바뀐 한국어 원문',
  staleLead: '영문 번역을 만든 뒤 한국어 원문이 수정되었습니다. 바뀐 곳을 번역에 반영해 주세요.',
  sourceUnavailable: '번역할 때의 한국어 원문 기록이 없어 바뀐 곳을 보여 드릴 수 없습니다.',
  changeKinds: { changed: '고침', added: '추가', removed: '삭제' },
  insertionStart: '추가 시작',
  insertionEnd: '추가 끝',
  deletionStart: '삭제 시작',
  deletionEnd: '삭제 끝',
} as const;

export type TranslationCheckMessages = Widen<typeof ko>;

const en: TranslationCheckMessages = {
  title: 'Translation checks',
  glossaryTitle: 'Glossary renderings',
  glossaryClean: 'Every glossary term is rendered as the glossary says.',
  severity: { warning: 'Warning', note: 'Note' },
  staleTitle: 'Korean changes since the translation',
  staleLead: 'The Korean original has been edited since the English translation was made. Carry these changes over.',
  sourceUnavailable: 'The Korean text the translation was made from is not on record, so the changes cannot be shown.',
  changeKinds: { changed: 'changed', added: 'added', removed: 'removed' },
  insertionStart: 'insertion',
  insertionEnd: 'end of insertion',
  deletionStart: 'deletion',
  deletionEnd: 'end of deletion',
};

export const translationCheckMessages: Record<Locale, TranslationCheckMessages> = { ko, en };
