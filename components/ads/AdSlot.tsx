import type { AdView } from '@/lib/ads/slots';

/** One ad: an image and a link, labelled as an ad. Nothing at all when the slot is empty. */
export function AdSlot({ ad, label }: { ad: AdView | undefined; label: string }) {
  if (!ad) return null;
  return (
    <aside aria-label={label} className="my-6 text-center">
      <p className="mb-1 text-xs text-muted">{label}</p>
      <a href={ad.href} rel="sponsored noopener" className="inline-block">
        <img src={ad.src} width={ad.width} height={ad.height} alt={ad.alt} loading="lazy" decoding="async" className="h-auto max-w-full" />
      </a>
    </aside>
  );
}
