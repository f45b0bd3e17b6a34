/** What a webhook can be told of; receivers read the name in the body's `event` and the `Dateline-Event` header. */
export const webhookEvents = ['article.published', 'article.updated', 'article.unpublished', 'comment.held'] as const;
export type WebhookEvent = (typeof webhookEvents)[number];
