import { beforeAll, describe, expect, it } from 'vitest';
import { countModeratorDashboard, recordQueueVisit } from '@/lib/comments/moderation/moderator-dashboard';
import { contentHash } from '@/lib/comments/reader/fingerprints';
import { foldNickname } from '@/lib/comments/reader/reader-schema';
import type { Database } from '@/lib/db/client';
import type { CommentStatus } from '@/lib/db/generated/enums';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const own = ownTestDatabase('moderator-dashboard');
let db: Database;
let moderator: string;
let editor: string;
let articleId: string;
let serial = 0;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function comment(createdAt: Date, { status = 'VISIBLE', reports = 0 }: { status?: CommentStatus; reports?: number } = {}) {
  const content = `댓글 ${serial++}`;
  await db.comment.create({
    data: {
      articleId,
      locale: 'ko',
      nickname: '독자',
      nicknameKey: foldNickname('독자'),
      passwordHash: 'not-a-real-hash',
      content,
      contentHash: contentHash(content),
      ipHash: 'a'.repeat(64),
      status,
      holdReason: status === 'HELD' ? 'PREMODERATION' : undefined,
      deletedAt: status === 'DELETED' ? createdAt : undefined,
      openReportCount: reports,
      createdAt,
    },
  });
}

beforeAll(async () => {
  db = own.db;
  await seedDatabase(db, {});
  await db.comment.deleteMany();
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug } })).id;
  const idOf = async (email: string) => (await db.staff.findUniqueOrThrow({ where: { email } })).id;
  [moderator, editor] = await Promise.all([idOf('moderator@dateline.example'), idOf('editor@dateline.example')]);

  await comment(minutesAgo(120));
  await comment(minutesAgo(110), { status: 'HELD' });
  await comment(minutesAgo(100), { reports: 2 });
  await comment(minutesAgo(90), { status: 'DELETED' });
});

describe("the moderator's dashboard counts", () => {
  it('before a first visit to the queue, every comment readers see or that waits is new', async () => {
    expect(await countModeratorDashboard(db, moderator)).toEqual({ reported: 1, held: 1, newSinceVisit: 3, lastVisitAt: null });
  });

  it('after a visit, only comments posted since are new, for that staff member alone; reported and held stay as they are', async () => {
    const visit = minutesAgo(60);
    await recordQueueVisit(db, moderator, visit);
    await comment(minutesAgo(30));
    await comment(minutesAgo(20), { status: 'HELD' });
    await comment(minutesAgo(10), { status: 'DELETED' });

    expect(await countModeratorDashboard(db, moderator)).toEqual({ reported: 1, held: 2, newSinceVisit: 2, lastVisitAt: visit });
    expect((await countModeratorDashboard(db, editor)).newSinceVisit).toBe(5);

    await recordQueueVisit(db, moderator);
    expect((await countModeratorDashboard(db, moderator)).newSinceVisit).toBe(0);
  });
});
