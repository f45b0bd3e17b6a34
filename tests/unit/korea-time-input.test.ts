import { describe, expect, it } from 'vitest';
import { koreaDayRange, parseKoreaDateTimeInput, toKoreaDateTimeInput } from '@/lib/i18n/time';

describe('Korea-time form values', () => {
  it('read a datetime-local value as Korea time', () => {
    expect(parseKoreaDateTimeInput('2022-05-19T16:23')?.toISOString()).toBe('2022-05-19T07:23:00.000Z');
  });

  it('write an instant as the Korea-time value, across the date line', () => {
    expect(toKoreaDateTimeInput(new Date('2022-05-19T20:00:00Z'))).toBe('2022-05-20T05:00');
  });

  it('refuse anything else, including dates that do not exist', () => {
    for (const value of ['', '2022-05-19', '2022-02-30T10:00', '2022-05-19T24:00', '2022-05-19 16:23']) {
      expect(parseKoreaDateTimeInput(value)).toBeNull();
    }
  });

  it('give the Korea-time day an instant falls on', () => {
    const { start, end } = koreaDayRange(new Date('2022-05-19T16:00:00Z'));
    expect([start.toISOString(), end.toISOString()]).toEqual(['2022-05-19T15:00:00.000Z', '2022-05-20T15:00:00.000Z']);
  });
});
