'use client';

import { useRouter } from 'next/navigation';
import { restoreRevisionAction } from '@/app/(admin)/admin/articles/actions';
import { useAction } from '@/components/shared/use-action';
import { editorPath } from '@/lib/articles/admin-paths';

type Props = { articleId: string; version: number; revision: number; label: string; revisionLabel: string };

/** Restores one revision as a new save, then opens the editor on it; a refusal (someone saved first) is said here. */
export function RestoreRevisionForm({ articleId, version, revision, label, revisionLabel }: Props) {
  const router = useRouter();
  const { submit, ready, error } = useAction(restoreRevisionAction, () => router.push(`${editorPath(articleId)}?restored=${revision}`));
  return (
    <form onSubmit={submit} className="ml-auto flex items-center gap-2">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revision" value={revision} />
      <p role="alert" className="text-accent empty:hidden">
        {error}
      </p>
      <button type="submit" disabled={!ready} className="rounded border border-ink px-3 py-1">
        {label}
        <span className="sr-only"> ({revisionLabel})</span>
      </button>
    </form>
  );
}
