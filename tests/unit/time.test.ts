import { describe, expect, it } from 'vitest';
import { formatEnglishNewsTime, formatKoreanNewsTime } from '@/lib/i18n/time';

describe('news times are shown in Korea time', () => {
  it('prints the Korean byline form', () => {
    expect(formatKoreanNewsTime(new Date('2022-05-19T07:23:00Z'))).toBe('2022/05/19 [16:23]');
  });

  it('moves to the next Korean day after 15:00 UTC', () => {
    expect(formatKoreanNewsTime(new Date('2022-12-31T15:05:00Z'))).toBe('2023/01/01 [00:05]');
  });

  it('says KST in English', () => {
    expect(formatEnglishNewsTime(new Date('2022-05-19T07:23:00Z'))).toBe('May 19, 2022, 4:23 PM KST');
  });
});
