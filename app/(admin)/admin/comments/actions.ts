'use server';

import { defineAction } from '@/lib/actions/define-action';
import { moderationSettingsChanged } from '@/lib/comments/after-change';
import { addBannedWord, removeBannedWord } from '@/lib/comments/moderation/word-list';
import { liftBan } from '@/lib/comments/moderation/commenter-bans';
import {
  articleCommentModeInputSchema,
  bannedWordInputSchema,
  commentSettingsInputSchema,
  recordIdSchema,
} from '@/lib/comments/moderation/moderation-schema';
import { setArticleCommentMode, updateCommentSettings } from '@/lib/comments/moderation/change-settings';

export const saveCommentSettings = defineAction({
  input: commentSettingsInputSchema,
  access: 'comment.moderate',
  handler: ({ input, staff, db }) => updateCommentSettings(db, staff, input),
  after: moderationSettingsChanged,
});

export const saveArticleCommentMode = defineAction({
  input: articleCommentModeInputSchema,
  access: 'comment.moderate',
  handler: async ({ input, staff, db }) => {
    await setArticleCommentMode(db, staff, input.articleId, input.mode);
    return null;
  },
  after: moderationSettingsChanged,
});

export const addBannedWordAction = defineAction({
  input: bannedWordInputSchema,
  access: 'comment.moderate',
  handler: async ({ input, staff, db }) => ({ term: (await addBannedWord(db, staff, input)).term }),
  after: moderationSettingsChanged,
});

export const removeBannedWordAction = defineAction({
  input: recordIdSchema,
  access: 'comment.moderate',
  handler: ({ input, staff, db }) => removeBannedWord(db, staff, input.id),
  after: moderationSettingsChanged,
});

export const liftBanAction = defineAction({
  input: recordIdSchema,
  access: 'comment.moderate',
  handler: ({ input, staff, db }) => liftBan(db, staff, input.id),
  after: moderationSettingsChanged,
});
