import { describe, expect, it } from 'vitest';
import { composeDateline } from '@/lib/articles/dateline';

describe('dateline', () => {
  it('composes the Korean wire-style opening', () => {
    const parts = { city: '남양주', outlet: '브레이크뉴스', desk: '경기동북부', reporters: ['하인규'] };
    expect(composeDateline(parts, 'ko')).toBe('(남양주=브레이크뉴스 경기동북부)하인규 기자=');
  });

  it('composes the English opening', () => {
    const parts = { city: 'Namyangju', outlet: 'Break News', desk: 'Northeastern Gyeonggi', reporters: ['Ha In-gyu'] };
    expect(composeDateline(parts, 'en')).toBe('(Namyangju = Break News, Northeastern Gyeonggi) = ');
  });

  it('leaves out a missing desk', () => {
    expect(composeDateline({ city: '서울', outlet: '데이트라인', desk: null, reporters: ['김기자'] }, 'ko')).toBe(
      '(서울=데이트라인)김기자 기자=',
    );
  });
});
