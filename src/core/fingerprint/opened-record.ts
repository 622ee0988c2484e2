// A message whose first line only opens a record printed over the lines below it: a JSON object
// pretty-printed (`{`, then `"context": "Job raised exception",` …) or Ruby's Hash#inspect behind
// a logger's level (`WARN: {`, then `"retry" => true,` …), as Sidekiq's retry handler and error
// handlers print a failed job (bikeindex/bike_index#993, lardawge/carrierwave_backgrounder#62,
// threads-20, opened-record.test.ts). The first line holds no word: two jobs' failures, one
// confirmation mail's missing User and one feedback mail's missing Feedback, were one signature.
// The record's lines, joined, are its message: its error's class and message say which failure
// it was. The parameteriser masks the values as on any line (a JSON string field's value among
// them, the job's class too), so two jobs failing with one error's words stay one signature.

/** A first line that only opens a record: `{` or `[`, after a level or label at most (`WARN: {`). */
const OPENS_RECORD = /^(?:[A-Za-z]{1,10}:[ \t]*)?[{[]$/;
/** The lines and characters of a record read at most: a job's fields, not the rest of a log. */
const MAX_RECORD_LINES = 40;
const MAX_RECORD_CHARS = 2000;

/** The record `message` opens on its first line, its lines joined by spaces; undefined if it opens none. */
export function openedRecord(message: string): string | undefined {
  const start = message.search(/\S/);
  if (start < 0) return undefined;
  const nl = message.indexOf('\n', start);
  if (nl < 0 || !OPENS_RECORD.test(message.slice(start, nl).trim())) return undefined;
  const lines = message.slice(start, start + MAX_RECORD_CHARS).split('\n', MAX_RECORD_LINES);
  return lines.map((l) => l.trim()).filter((l) => l !== '').join(' ');
}
