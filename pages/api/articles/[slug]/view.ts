import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { pagesApiRoute } from '@/lib/http/pages-api';
import { beaconResponse, countView } from '@/lib/views/count-view';

/** An article page's view beacon (components/site/ViewBeacon.tsx): counts the reader's view, answers a blank pixel. */
export const GET = defineRoute({
  access: 'public',
  input: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) }),
  handler: async ({ input, request }) => {
    await countView(request, input.slug);
    return beaconResponse();
  },
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ slug: z.string() }), { GET });
