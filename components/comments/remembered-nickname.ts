const key = 'dateline:comment-nickname';

/**
 * The nickname of the reader's last comment, kept for the session: sessionStorage lives as long as the tab and never
 * leaves the browser (no cookie, nothing on the server). A browser that refuses storage just forgets it.
 */
export function rememberedNickname(): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function rememberNickname(nickname: string): void {
  try {
    sessionStorage.setItem(key, nickname);
  } catch {
    // Storage refused or full: the next form starts empty, as it always did.
  }
}
