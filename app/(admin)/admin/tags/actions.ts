'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { tagAdded, tagsChanged } from '@/lib/tags/after-change';
import { createTag, mergeTags, updateTag } from '@/lib/tags/editing';
import { adminTagsPath } from '@/lib/tags/paths';
import { tagCreateSchema, tagMergeSchema, tagUpdateSchema } from '@/lib/tags/schema';

/** From the editor's tag picker (anyone who writes) or the tags page. */
export const addTagAction = defineAction({
  input: tagCreateSchema,
  access: 'tag.create',
  handler: ({ input, staff, db }) => createTag(db, staff.id, input),
  after: tagAdded,
});

export const editTagAction = defineAction({
  input: tagUpdateSchema,
  access: 'tags.manage',
  handler: ({ input, staff, db }) => updateTag(db, staff.id, input),
  after: async (change) => {
    await tagsChanged(change);
    redirect(adminTagsPath);
  },
});

export const mergeTagAction = defineAction({
  input: tagMergeSchema,
  access: 'tags.manage',
  handler: ({ input, staff, db }) => mergeTags(db, staff.id, input),
  after: tagsChanged,
});
