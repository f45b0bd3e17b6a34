import { revalidateArticlePages } from '@/lib/articles/revalidate';
import { isSchedulerRequest } from '@/lib/articles/scheduled-publishing';
import { publishDueArticles } from '@/lib/articles/workflow';
import { getDatabase } from '@/lib/db/client';

/** Called by this server's own scheduler (instrumentation.ts), never by people. */
export async function POST(request: Request) {
  if (!isSchedulerRequest(request)) return new Response(null, { status: 403 });
  const slugs = await publishDueArticles(getDatabase());
  slugs.forEach(revalidateArticlePages);
  return Response.json({ published: slugs });
}
