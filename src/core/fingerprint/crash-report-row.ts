// A macOS crash report's rows that say where the crash happened, each read as its label and one value.
//
// ReportCrash writes a crash report's header as `Label:` rows (Apple's "Examining the fields in a
// crash report" and TN2123): some name the failure (`Exception Type:`, `Exception Codes:`,
// `Termination Reason:`), others the setting it happened in. Pasted into a thread, each row is a
// line, and two of the setting's rows hold free text whose length varies: `OS Version:` the
// system's name, version and build (`Mac OS X 10.9.3 (13D65)`, since macOS 11 `macOS 26.5
// (25F5058e)`), `Crashed Thread:` the thread's number and, when it has one, its name or its
// dispatch queue's label (`0  Dispatch queue: com.apple.main-thread`, `3  Dispatch queue:
// CFPreferences Remote KVO Callback Queue`, `3  com.apple.NSURLConnectionLoader`). Read word by
// word, one row was a signature per system name and per queue label's length (the os-logs corpus:
// 17 lines of the two rows, 5 signatures).
//
// Here the value of those two rows, to the line's end, is one value, the label kept. Only where the
// label opens the line and something follows it. The rows that name the failure keep their words:
// `EXC_BAD_ACCESS (SIGSEGV)` and `EXC_BAD_ACCESS (SIGBUS)` are two failures.
import { WILDCARD } from './template-tokens.js';

// The setting's rows whose values are free text, as the report labels them.
const SETTING_ROWS: readonly (readonly string[])[] = [
  ['OS', 'Version:'],
  ['Crashed', 'Thread:'],
];

/** `out` (the line's tokens as read) with a crash report's setting row's value as one (see above); `out` otherwise. */
export function withCrashReportSettingAsValue(out: string[]): string[] {
  for (const label of SETTING_ROWS) {
    if (out.length <= label.length || !label.every((word, k) => out[k] === word)) continue;
    return [...label, WILDCARD];
  }
  return out;
}
