import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { changedParagraphs, changedSourceText, changedWords } from '@/lib/translation/changed-paragraphs';
import { seedArticleKo } from '@/prisma/seed/article-namyangju-sangju';

const first = '남양주시(시장 조광한)는 지난 18일 국제 자매도시인 중국 강소성 상주시와 교류 확대를 위한 화상 회의를 개최했다.';
const body = (...paragraphs: string[]) => bodyFromParagraphs(paragraphs);

describe('changed paragraphs', () => {
  it('finds nothing between identical bodies', () => {
    expect(changedParagraphs(seedArticleKo.body, seedArticleKo.body)).toEqual([]);
  });

  it('marks the changed words of an edited paragraph, keeping Korean words whole with their particles', () => {
    const edited = first.replace('조광한', '주광덕').replace('상주시와', '창저우시와');
    expect(changedParagraphs(body(first, '둘째'), body(edited, '둘째'))).toEqual([
      {
        kind: 'changed',
        index: 0,
        oldIndex: 0,
        words: [
          { kind: 'same', text: '남양주시(시장 ' },
          { kind: 'removed', text: '조광한' },
          { kind: 'added', text: '주광덕' },
          { kind: 'same', text: ')는 지난 18일 국제 자매도시인 중국 강소성 ' },
          { kind: 'removed', text: '상주시와' },
          { kind: 'added', text: '창저우시와' },
          { kind: 'same', text: ' 교류 확대를 위한 화상 회의를 개최했다.' },
        ],
      },
    ]);
  });

  it('tells added and removed paragraphs apart from edited ones, with their positions', () => {
    expect(changedParagraphs(body('하나', '둘', '셋'), body('둘', '셋', '넷'))).toEqual([
      { kind: 'removed', oldIndex: 0, text: '하나' },
      { kind: 'added', index: 2, text: '넷' },
    ]);
    expect(changedParagraphs(body('하나', '둘', '셋'), body('하나', '둘 고침', '새 문단', '셋'))).toEqual([
      { kind: 'changed', index: 1, oldIndex: 1, words: changedWords('둘', '둘 고침') },
      { kind: 'added', index: 2, text: '새 문단' },
    ]);
  });

  it('covers the headline and subtitles too, since they also make a translation stale', () => {
    const after = { ...seedArticleKo, headline: `${seedArticleKo.headline} (종합)`, subtitles: seedArticleKo.subtitles.slice(1) };
    const changes = changedSourceText(seedArticleKo, after);
    expect(changes.headline?.filter((w) => w.kind !== 'same')).toEqual([{ kind: 'added', text: '(종합)' }]);
    expect(changes.subtitles).toEqual([{ kind: 'removed', oldIndex: 0, text: seedArticleKo.subtitles[0] }]);
    expect(changes.paragraphs).toEqual([]);
    expect(changedSourceText(seedArticleKo, seedArticleKo).headline).toBeNull();
  });
});
