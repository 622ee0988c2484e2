/**
 * A trace copied out of a page that rendered it as Markdown, each `#N` made a link: a help desk
 * or tracker that autolinks ticket references turns a PHP frame's `#0 ` into `[#0](https://…/0)`
 * and a message's `Argument #2` into `Argument [#2](…)` (woocommerce/woocommerce#40569,
 * threads-39, pasted from a Zendesk ticket). Left so, PHP's frames were no frames (a frame line
 * opens with `#N `) and the message held a URL, and the same failure pasted from a log was another
 * signature. A Markdown inline link (https://spec.commonmark.org/0.31.2/#links) whose text is a
 * `#` and digits alone, to an absolute or rooted URL, is read as its text; any other link stays.
 */
const REFERENCE_LINK = /\[(#\d{1,6})\]\((?:[a-z][a-z0-9+.-]{1,20}:\/\/|\/)[^\s()]{0,500}\)/g;

/** The text with each `#N` reference link read as its text. */
export function withoutReferenceLinks(text: string): string {
  return text.includes('[#') ? text.replace(REFERENCE_LINK, '$1') : text;
}
