/**
 * Make text safe inside a JSDoc comment: nothing in a description can end the comment.
 */
export function docText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\r\n?/g, "\n").trim();
}
