import { describe, expect, it } from 'vitest';
import { checkCommentWords } from '@/lib/comments/word-matching';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('comment-words');

describe('checking a comment against the staff word list', () => {
  it('finds banned and suspect words however they are disguised, the strictest level deciding', async () => {
    const db = own.db;
    await db.bannedWord.createMany({
      data: [
        { term: '씨발', level: 'BANNED' },
        { term: '광고', level: 'SUSPECT' },
        { term: 'casino', level: 'SUSPECT' },
      ],
    });
    expect(await checkCommentWords(db, '기사 잘 읽었습니다')).toBeNull();
    expect(await checkCommentWords(db, '씨 . 발 진짜')).toBe('BANNED');
    expect(await checkCommentWords(db, 'ㅆㅂ')).toBe('BANNED');
    expect(await checkCommentWords(db, 'ssi발')).toBe('BANNED');
    expect(await checkCommentWords(db, '광~고 문의')).toBe('SUSPECT');
    expect(await checkCommentWords(db, 'C-A-S-I-N-O 추천')).toBe('SUSPECT');
    expect(await checkCommentWords(db, '광고랑 씨발')).toBe('BANNED');
  });

  it('applies a staff edit to the very next comment', async () => {
    const db = own.db;
    const word = await db.bannedWord.create({ data: { term: '도박', level: 'SUSPECT' } });
    expect(await checkCommentWords(db, '도 박 사이트')).toBe('SUSPECT');
    await db.bannedWord.update({ where: { id: word.id }, data: { level: 'BANNED' } });
    expect(await checkCommentWords(db, '도 박 사이트')).toBe('BANNED');
    await db.bannedWord.delete({ where: { id: word.id } });
    expect(await checkCommentWords(db, '도 박 사이트')).toBeNull();
  });
});
