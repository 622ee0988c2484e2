// The detail a message's first line announces and the lines under it give. An exception whose
// message begins with a head ending in a colon says what went wrong on the lines below it, before
// the frames: Signet's `Authorization failed.  Server message:` and then the token endpoint's JSON
// body, `"error": "invalid_grant"` and its description (MStadlmeier/drivesync#28). A signature's
// message keeps only the first line, so the cause table read 'Authorization failed' and nothing of
// the refusal it reports. The detail ends at the first line that is a frame (or a runtime's header
// before frames, or a chained cause, which diagnose.ts reads on its own). diagnose.ts reads it only
// when no deeper service failed in the trace: a client quoting a traced service's answer under its
// head (Guzzle's `… response:`) passes up that service's words, which its own signature states.

/** A frame, or the header a runtime writes before its frames, in the stack traces the fingerprint reads. */
const FRAME_OR_HEADER = new RegExp(
  [
    String.raw`^\s+at\s`, // Java, .NET, JavaScript
    String.raw`^\s*File "`, // Python
    String.raw`^\s*#\d+\s`, // PHP
    String.raw`^\s*\(\S+(?: [^)\s]+)?\) \S+:\d+`, // Elixir's `(app vsn) lib/file.ex:12:`
    String.raw`^\s*\S+\.(?:rb|py|go|js|mjs|cjs|ts|php|java|kt|scala|cs|ex|exs|rs|swift|c|cc|cpp):\d+`, // `path/file.rb:12:in …`, Go's file lines
    String.raw`^\s*(?:Traceback \(most recent call last\)|Stack trace:|Stack Trace:|Caused by:|\[cause\]|goroutine \d+ \[|---\s*End of inner exception)`,
    String.raw`^\s*--->`,
  ].join('|'),
);

/** At most this many lines of detail, so a long body stays a quote. */
const MAX_LINES = 8;

/**
 * The lines under a stack trace's first line when that line ends with a colon (its head announcing
 * them), up to the first frame; '' when the first line ends otherwise or nothing follows it.
 */
export function announcedDetail(stack: string | undefined): string {
  if (!stack) return '';
  const lines = stack.split('\n');
  if (!/:\s*$/.test(lines[0])) return '';
  const detail: string[] = [];
  for (const line of lines.slice(1, 1 + MAX_LINES)) {
    if (FRAME_OR_HEADER.test(line)) break;
    if (line.trim() !== '') detail.push(line.trim());
  }
  return detail.join(' ');
}
