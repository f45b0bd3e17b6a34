'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/staff-action';
import { addBannedWord, removeBannedWord } from '@/lib/comments/moderation/banned-words';
import { liftBan } from '@/lib/comments/moderation/bans';
import { commentSettingsPath, commentsPath } from '@/lib/comments/moderation/queue-href';
import { articleCommentModeInputSchema, bannedWordInputSchema, commentSettingsInputSchema, recordIdSchema } from '@/lib/comments/moderation/schema';
import { setArticleCommentMode, updateCommentSettings } from '@/lib/comments/moderation/settings';

export const saveCommentSettings = staffAction({
  input: commentSettingsInputSchema,
  permission: 'comment.moderate',
  handler: async ({ input, staff, db }) => {
    const result = await updateCommentSettings(db, staff, input);
    revalidatePath(commentSettingsPath);
    return result;
  },
});

export const saveArticleCommentMode = staffAction({
  input: articleCommentModeInputSchema,
  permission: 'comment.moderate',
  handler: async ({ input, staff, db }) => {
    await setArticleCommentMode(db, staff, input.articleId, input.mode);
    revalidatePath(commentsPath);
    return null;
  },
});

export const addBannedWordAction = staffAction({
  input: bannedWordInputSchema,
  permission: 'comment.moderate',
  handler: async ({ input, staff, db }) => {
    const { term } = await addBannedWord(db, staff, input);
    revalidatePath(commentSettingsPath);
    return { term };
  },
});

export const removeBannedWordAction = staffAction({
  input: recordIdSchema,
  permission: 'comment.moderate',
  handler: async ({ input, staff, db }) => {
    const removed = await removeBannedWord(db, staff, input.id);
    revalidatePath(commentSettingsPath);
    return removed;
  },
});

export const liftBanAction = staffAction({
  input: recordIdSchema,
  permission: 'comment.moderate',
  handler: async ({ input, staff, db }) => {
    const lifted = await liftBan(db, staff, input.id);
    revalidatePath(commentSettingsPath);
    return lifted;
  },
});
