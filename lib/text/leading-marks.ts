/**
 * Marks the site itself puts before a line: `- ` before subtitles, `▲ ` before captions, `© ` before the copyright.
 * Typed again by staff (as the reference page shows them, or as a hint once said), they would show twice.
 * A dash directly before a digit is a minus sign (-5도) and stays.
 */
const leadingMarks = /^(?:\s*(?:[-–—](?!\d)|[·▲△©ⓒ]|\(c\)))+\s*/i;

/** The text without the marks the site adds before it, however many were typed. */
export function withoutLeadingMarks(text: string): string {
  return text.replace(leadingMarks, '');
}
