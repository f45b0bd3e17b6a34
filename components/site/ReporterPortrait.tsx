import type { ReporterProfile } from '@/lib/newsroom/reporters';

/** Shown 6rem wide; the sources let the browser pick the copy for the screen's pixel density. */
const portraitSizes = '6rem';

export function ReporterPortrait({ portrait }: { portrait: NonNullable<ReporterProfile['portrait']> }) {
  return (
    <picture className="float-end ms-4 mb-2">
      {portrait.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={portraitSizes} />
      ))}
      <img
        src={portrait.src}
        width={portrait.width}
        height={portrait.height}
        alt={portrait.alt}
        decoding="async"
        className="size-24 rounded-full bg-rule object-cover"
      />
    </picture>
  );
}
