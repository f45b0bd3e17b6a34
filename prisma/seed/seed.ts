import { randomBytes } from 'node:crypto';
import { articleTextRecord } from '@/lib/articles/text-record';
import { hashPassword } from '@/lib/auth/password';
import { contentHash, hashClientIp } from '@/lib/comments/reader/fingerprints';
import { foldNickname } from '@/lib/comments/reader/reader-schema';
import type { Database } from '@/lib/db/client';
import { storePhoto } from '@/lib/media/photos';
import { seedArticle, seedArticleEn, seedArticleKo, seedComments, seedPhotoTexts } from './article-namyangju-sangju';
import { seedGlossaryTerms } from './glossary';
import { renderSeedPhoto } from './photo';
import { seedStaff } from './staff';
import { seedArticleTags } from './tags';

/** Where the staff passwords (STAFF_*_PASSWORD) and IP_HASH_SECRET come from; process.env by default. */
export type SeedEnvironment = Readonly<Record<string, string | undefined>>;

export type SeedReport = {
  generatedPasswords: { email: string; role: string; password: string }[];
  articleCreated: boolean;
};

function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

async function seedStaffAccounts(db: Database, env: SeedEnvironment, deskIds: Map<string, string>) {
  const generated: SeedReport['generatedPasswords'] = [];
  for (const member of seedStaff) {
    // By page address too: a database seeded before the reporter's sign-in address changed keeps its account.
    if (await db.staff.findFirst({ where: { OR: [{ email: member.email }, { slug: member.slug }] }, select: { id: true } })) continue;
    const given = env[member.passwordVariable];
    const password = given || generatePassword();
    if (!given) generated.push({ email: member.email, role: member.role, password });
    await db.staff.create({
      data: {
        email: member.email,
        contactEmail: member.contactEmail,
        slug: member.slug,
        nameKo: member.nameKo,
        nameEn: member.nameEn,
        role: member.role,
        deskId: member.deskSlug ? deskIds.get(member.deskSlug) : undefined,
        passwordHash: await hashPassword(password),
      },
    });
  }
  return generated;
}

async function seedTheArticle(db: Database, env: SeedEnvironment, deskId: string, sectionId: string): Promise<string> {
  const reporter = await db.staff.findUniqueOrThrow({ where: { slug: seedStaff[0]!.slug } });
  const photo = await storePhoto(await renderSeedPhoto());
  // Seed comments are not from real readers; without a configured secret any key will do.
  const ipSecret = env.IP_HASH_SECRET || randomBytes(32).toString('hex');
  const comments = await Promise.all(
    seedComments.map(async (c, i) => ({
      nickname: c.nickname,
      nicknameKey: foldNickname(c.nickname),
      content: c.content,
      contentHash: contentHash(c.content),
      locale: c.locale,
      passwordHash: await hashPassword(generatePassword()),
      ipHash: hashClientIp(`203.0.113.${10 + i}`, ipSecret),
      createdAt: new Date(seedArticle.publishedAt.getTime() + c.minutesAfter * 60_000),
    })),
  );
  const { id } = await db.article.create({
    select: { id: true },
    data: {
      slug: seedArticle.slug,
      status: 'PUBLISHED',
      sourceLocale: 'ko',
      publishedAt: seedArticle.publishedAt,
      sectionId,
      deskId,
      authors: { create: { staffId: reporter.id, position: 0 } },
      texts: {
        create: [
          { ...articleTextRecord(seedArticleKo), method: 'ORIGINAL' },
          {
            ...articleTextRecord(seedArticleEn),
            method: 'MACHINE',
            machineEngine: seedArticle.machineEngine,
            translatedAt: seedArticle.translatedAt,
            translatedFromVersion: 1,
          },
        ],
      },
      photos: {
        create: {
          position: 0,
          photo: {
            create: {
              ...photo,
              uploadedById: reporter.id,
              texts: { create: [...seedPhotoTexts] },
            },
          },
        },
      },
      comments: { create: comments },
    },
  });
  return id;
}

/**
 * Puts the reference article, its reporter and one account per role into the database.
 * Idempotent: what exists already (including anything staff have edited since) is left alone.
 */
export async function seedDatabase(db: Database, env: SeedEnvironment = process.env): Promise<SeedReport> {
  const desk = await db.desk.upsert({ where: { slug: seedArticle.desk.slug }, update: {}, create: seedArticle.desk });
  const section = await db.section.upsert({ where: { slug: seedArticle.section.slug }, update: {}, create: seedArticle.section });
  const generatedPasswords = await seedStaffAccounts(db, env, new Map([[desk.slug, desk.id]]));
  const exists = await db.article.findUnique({ where: { slug: seedArticle.slug }, select: { id: true } });
  const createdId = exists ? null : await seedTheArticle(db, env, desk.id, section.id);
  await seedArticleTags(db, createdId);
  await seedGlossaryTerms(db);
  return { generatedPasswords, articleCreated: !exists };
}
