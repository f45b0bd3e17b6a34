import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { adClickTarget } from '@/lib/ads/ads';
import { countAdClick } from '@/lib/ads/clicks';
import { adSlotKeySchema } from '@/lib/ads/schema';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** A reader's click on an ad (components/ads/AdSlot.tsx): counted without a database write, then sent on to the ad's link. */
export const GET = defineRoute({
  access: 'public',
  input: z.object({ slot: adSlotKeySchema }),
  handler: async ({ input, request, db }) => {
    const { href, counts } = await adClickTarget(db, input.slot);
    if (counts) await countAdClick(request, input.slot);
    return new Response(null, { status: 302, headers: { Location: href, 'Cache-Control': 'no-store', 'Referrer-Policy': 'origin' } });
  },
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ slot: z.string() }), { GET });
