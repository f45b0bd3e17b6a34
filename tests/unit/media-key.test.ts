import { describe, expect, it } from 'vitest';
import { mediaKeySchema } from '@/lib/media/storage';

describe('media keys', () => {
  it('accepts a stored photo key', () => {
    expect(mediaKeySchema.safeParse('photos/0a1b2c3d4e5f.jpg').success).toBe(true);
  });

  it.each(['../../etc/passwd', 'photos/../../secret.jpg', '/etc/passwd.jpg', 'photos\\x.jpg', 'photos/x.svg', 'photos/x.jpg\0'])(
    'refuses %s',
    (key) => {
      expect(mediaKeySchema.safeParse(key).success).toBe(false);
    },
  );
});
