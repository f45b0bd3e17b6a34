import { describe, expect, it } from 'vitest';
import { moveItem } from '@/components/media/move-item';

describe('moving a photo in the picked order', () => {
  it('moves up and down', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('changes nothing past either end, and leaves the given list alone', () => {
    const ids = ['a', 'b'];
    expect(moveItem(ids, 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(ids, 1, 2)).toEqual(['a', 'b']);
    expect(ids).toEqual(['a', 'b']);
  });
});
