/** What a moderation route answered: its JSON, or the sentence and field messages to show. */
export type RouteResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors: Record<string, string[]> };

/** POSTs JSON to a moderation route; network failures and unreadable answers become `fallbackError`. */
export async function postJson<T>(url: string, body: unknown, fallbackError: string): Promise<RouteResult<T>> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const data: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: data as T };
    const failure = (data ?? {}) as { error?: string; fieldErrors?: Record<string, string[]> };
    return { ok: false, error: failure.error ?? fallbackError, fieldErrors: failure.fieldErrors ?? {} };
  } catch {
    return { ok: false, error: fallbackError, fieldErrors: {} };
  }
}
