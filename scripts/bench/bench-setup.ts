import path from 'node:path';
import { seedStaff } from '@/prisma/seed/staff';

/** Where the benchmark and the soak test keep what they make: git-ignored, like the rest of var/. */
export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
export const benchDir = path.join(projectRoot, 'var', 'bench');
/** The generator's seed step stores the seed photo here, and the site under test serves it from here. */
export const benchMediaDir = path.join(benchDir, 'media');

const password = (role: string) => `bench-${role.toLowerCase()}-password`;

/** The staff passwords the benchmark database is seeded with: it holds generated data only. */
export const benchStaffPasswordEnv = Object.fromEntries(seedStaff.map((member) => [member.passwordVariable, password(member.role)]));

export function benchStaff(role: 'MODERATOR' | 'EDITOR' | 'ADMIN'): { email: string; password: string } {
  const member = seedStaff.find((m) => m.role === role);
  if (!member) throw new Error(`The seed has no ${role}.`);
  return { email: member.email, password: password(role) };
}

/**
 * Addresses from 198.18.0.0/15, the range set aside for benchmarks (RFC 2544). They only ever appear in the
 * X-Forwarded-For header, each once, so per-address limits treat every posting reader as a new one.
 */
export function createAddressBook(): () => string {
  let next = 0;
  return () => {
    const n = next++;
    if (n >= 1 << 17) throw new Error('Out of benchmark addresses.');
    return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
  };
}
