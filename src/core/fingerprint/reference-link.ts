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

/**
 * GitHub writes a reference another repository's issue holds as `owner/repo#N`: an issue moved or
 * copied into another repository keeps its `#1`, `#2` … as references to the first one, and the
 * page shows them so (invoiceninja/dockerfiles#425, threads-43: `invoiceninja/invoiceninja#1
 * /var/www/app/…/BaseController.php(605): …`). `#0` is no issue and stays as it was, so a PHP
 * trace's frames from #1 on lost their number and only #0 was read. At the start of a line, where
 * a line of the same text starts with `#0 `, `owner/repo#N ` is read as `#N ` (GitHub's names:
 * letters, digits, `-`, `_`, `.`); a reference inside a sentence, or in a text with no `#0 ` line,
 * stays.
 */
const QUALIFIED_REFERENCE = /^[A-Za-z0-9][\w.-]{0,38}\/[\w.-]{1,100}(#\d{1,6} )(?=\S)/gm;
const FIRST_FRAME = /^#0 \S/m;

/** The text with each `#N` reference link read as its text, and each line-opening `owner/repo#N ` as `#N ` beside a `#0 ` line. */
export function withoutReferenceLinks(text: string): string {
  const unlinked = text.includes('[#') ? text.replace(REFERENCE_LINK, '$1') : text;
  return unlinked.includes('#0 ') && FIRST_FRAME.test(unlinked) ? unlinked.replace(QUALIFIED_REFERENCE, '$1') : unlinked;
}
