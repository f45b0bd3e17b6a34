import type { Locale } from '../locales';
import type { Widen } from './widen';

/** The translation glossary (`t.glossary`). */
const ko = {
  title: '용어집',
  lead: '한국어 용어마다 영문 표기를 하나로 정해 둡니다. 번역 점검이 이 표기와 다르게 쓴 곳을 찾아 알려 줍니다.',
  addTitle: '용어 추가',
  ko: '한국어 용어',
  koHint: '예: 상주시',
  en: '영문 표기',
  enHint: '예: Changzhou',
  note: '메모',
  noteHint: '같은 이름의 다른 곳 등 편집국이 알아 둘 점 (선택)',
  add: '추가',
  adding: '추가하는 중…',
  added: (ko: string) => `‘${ko}’ 용어를 추가했습니다.`,
  listCaption: '용어집 용어',
  empty: '아직 등록된 용어가 없습니다.',
  actions: '관리',
  edit: '수정',
  editTitle: (ko: string) => `‘${ko}’ 수정`,
  save: '저장',
  saving: '저장하는 중…',
  cancel: '취소',
  delete: '삭제',
  confirmDelete: (ko: string) => `‘${ko}’ 용어를 용어집에서 삭제할까요?`,
  termGone: '이미 삭제된 용어입니다.',
} as const;

export type GlossaryMessages = Widen<typeof ko>;

const en: GlossaryMessages = {
  title: 'Glossary',
  lead: 'Each Korean term gets one English rendering. The translation checks point out where a translation renders it otherwise.',
  addTitle: 'Add a term',
  ko: 'Korean term',
  koHint: 'e.g. 상주시',
  en: 'English rendering',
  enHint: 'e.g. Changzhou',
  note: 'Note',
  noteHint: 'What the newsroom should know, e.g. a place of the same name (optional)',
  add: 'Add',
  adding: 'Adding…',
  added: (ko: string) => `Added “${ko}”.`,
  listCaption: 'Glossary terms',
  empty: 'No terms yet.',
  actions: 'Manage',
  edit: 'Edit',
  editTitle: (ko: string) => `Edit “${ko}”`,
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  delete: 'Delete',
  confirmDelete: (ko: string) => `Delete “${ko}” from the glossary?`,
  termGone: 'This term has been deleted.',
};

export const glossaryMessages: Record<Locale, GlossaryMessages> = { ko, en };
