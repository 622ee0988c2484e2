// A trace copied from an HTML page's source: PHP's display_errors with html_errors on (the
// default outside the CLI) writes `<br />\n<b>Fatal error</b>:  Uncaught Error: … in <b>file</b>
// on line <b>141</b><br />` and escapes the text it prints, so a frame's `->` is `-&gt;` and a
// quote `&#039;` (https://www.php.net/manual/en/errorfunc.configuration.php#ini.html-errors).
// Read as it was, `Front-&gt;convert_inline_js_into_json(…)` is no frame, and the first frame
// that parsed (WordPress's `WP_Hook-&gt;apply_filters`, one of every plugin's callers) became
// the crash site of every plugin's failure (cabrerahector/wordpress-popular-posts#266, threads-8).
// Only a text that holds both HTML line-break or bold tags and HTML character references is
// read so: the tags go and the references become their characters.

const TAGS = /<br\s?\/?>|<\/?b>|<\/?pre>/gi;
const HAS_TAG = /<br\s?\/?>|<b>[^<\n]{1,300}<\/b>/i;
const HAS_REFERENCE = /&(?:gt|lt|amp|quot|#0?39|#x27);/;
const REFERENCES: Record<string, string> = { '&gt;': '>', '&lt;': '<', '&amp;': '&', '&quot;': '"', '&#039;': "'", '&#39;': "'", '&#x27;': "'" };

export function withoutHtmlMarkup(text: string): string {
  if (!text.includes('&') || !text.includes('<') || !HAS_REFERENCE.test(text) || !HAS_TAG.test(text)) return text;
  return text.replace(TAGS, '').replace(/&(?:gt|lt|amp|quot|#0?39|#x27);/g, (r) => REFERENCES[r] ?? r);
}
