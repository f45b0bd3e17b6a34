import { describe, expect, it } from 'vitest';
import { availableSteps, canTakeStep } from '@/lib/articles/workflow';

const reporter = { id: 'reporter', role: 'REPORTER' as const };
const editor = { id: 'editor', role: 'EDITOR' as const };
const moderator = { id: 'moderator', role: 'MODERATOR' as const };
const own = (status: 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED') => ({ status, authorIds: ['reporter'] });

describe('workflow steps', () => {
  it('lets the author submit a draft, and nothing else', () => {
    expect(availableSteps(reporter, own('DRAFT'))).toEqual(['submit']);
    expect(availableSteps(reporter, own('IN_REVIEW'))).toEqual([]);
    expect(availableSteps(reporter, { status: 'DRAFT', authorIds: ['someone-else'] })).toEqual([]);
  });

  it('gives editors publishing, scheduling, unpublishing and archiving', () => {
    expect(availableSteps(editor, own('DRAFT'))).toEqual(['submit', 'schedule', 'publish', 'archive']);
    expect(availableSteps(editor, own('IN_REVIEW'))).toEqual(['schedule', 'publish', 'archive']);
    expect(availableSteps(editor, own('SCHEDULED'))).toEqual(['schedule', 'publish', 'unpublish', 'archive']);
    expect(availableSteps(editor, own('PUBLISHED'))).toEqual(['unpublish', 'archive']);
    expect(availableSteps(editor, own('ARCHIVED'))).toEqual(['unpublish']);
  });

  it('gives moderators none', () => {
    expect(canTakeStep(moderator, own('DRAFT'), 'submit')).toBe(false);
    expect(availableSteps(moderator, own('IN_REVIEW'))).toEqual([]);
  });
});
