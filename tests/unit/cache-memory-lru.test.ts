import { describe, expect, it } from 'vitest';
import { MemoryLru } from '@/lib/cache/memory-lru';

const bySize = () => new MemoryLru<string>(10, (_key, value) => value.length);

describe('the in-process cache', () => {
  it('keeps values up to its size and lets the least recently used go first', () => {
    const lru = bySize();
    lru.set('a', 'aaaa');
    lru.set('b', 'bbbb');
    expect(lru.get('a')).toBe('aaaa'); // now b is the least recently used
    lru.set('c', 'cccc');
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('aaaa');
    expect(lru.get('c')).toBe('cccc');
  });

  it('counts a replaced value once and never keeps one larger than the whole bound', () => {
    const lru = bySize();
    lru.set('a', 'aaaa');
    lru.set('a', 'aaaaa');
    lru.set('b', 'bbbbb');
    expect([lru.get('a'), lru.get('b')]).toEqual(['aaaaa', 'bbbbb']);
    lru.set('huge', 'x'.repeat(11));
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('a')).toBe('aaaaa');
  });

  it('lists what it holds without making anything more recently used', () => {
    const lru = bySize();
    lru.set('a', 'aaaa');
    lru.set('b', 'bbbb');
    expect([...lru.entries()]).toEqual([
      ['a', 'aaaa'],
      ['b', 'bbbb'],
    ]);
    lru.set('c', 'cccc');
    expect(lru.get('a')).toBeUndefined();
  });

  it('forgets a deleted value', () => {
    const lru = bySize();
    lru.set('a', 'aaaa');
    lru.delete('a');
    expect(lru.get('a')).toBeUndefined();
  });
});
