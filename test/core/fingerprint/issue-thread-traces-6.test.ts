// A sixth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-6/<runtime>.ndjson, none from a thread an earlier collection cites; each row gives its
// `source` and `why`, the label decided by reading the trace and its thread before Rounds ran).
// Chosen in Go, PHP and .NET, where reviewers measured merges, from code bases that fail in more
// than one way (Faveo's Bugsnag issues: three reasons re-raised through one error handler, two
// database errors at one frame; App Center's reports of two apps' null dereferences; SrvSurvey's
// crash reports, a dozen failures of one WinForms app, two throws in one method) beside one
// failure reported several times (Faveo's `storeGet` at four line numbers and two path styles,
// one Xamarin demo's throw from three builds, one SrvSurvey statement from two callers).
//
// And in Java/Kotlin, Python, JavaScript and Ruby: JabRef's automatic bug reports (one statement
// from three reports and two platforms, another lambda through the same JavaFX machinery), Home
// Assistant integrations' KeyErrors (one statement copied into two platform files, keys that
// are ids), one user's ValueError pasted in two trackers, with and without indentation, Node's
// `Cannot find module` from five programs and two Node releases, Homebrew's nil receivers.
//
// 120 rows: .NET 30, Go 19, PHP 18, Python 18, JVM 14, JavaScript 12, Ruby 9.
//
// Measured on rounds-fp/21 as merged, before any fix, in the order the rows were added:
//   php P 1 R 1;
//   go P 0.5 R 1 — one merge: vic's negative WaitGroup counter, pasted from a serial console
//     with `^M` ending every line, and the Go coordinator's, pasted from a journal with `]: `
//     before every line, read no frame; both fell to their messages, mined to one template;
//   dotnet P 0.455 R 0.714 — three merges: App Center's issue text (`### Stacktrace ###`, one
//     frame a paragraph, `;Namespace` after each) read no frame, so every NullReferenceException
//     App Center reported without a message (Sensus' and the Xamarin demo's) was one signature,
//     and a UWP app's with its message was one with SrvSurvey's `Settings.Load()`, whose trace,
//     `Exception.StackTrace` without a header, lost its one frame as the header line; the same
//     loss of the first frame split SrvSurvey's cargo lambda and its `newGame` from two callers
//     (the caller became the crash site); and SrvSurvey's two throws of `System.Exception` in one
//     method, `Why no this.systemBody?` / `Why no this.systemData?`, mined to one template.
//   Fixes: a headerless .NET trace keeps its first frame (dotnet-headerless-stack.test.ts):
//     dotnet P 0.636 R 1; App Center's reports are read (dotnet-app-center.test.ts): dotnet
//     P 0.875 R 1; a line's caret-notation `^M` goes (caret-notation-line-ends.test.ts): go P 1 R 1.
//   The 50 rows in Java/Kotlin, Python, JavaScript and Ruby: jvm P 1 R 1; ruby P 1 R 1; python
//     P 1 R 0.5 (checkgoogleip's traceback pasted again without its indentation, and without the
//     `<module>` Markdown took for a tag: two frames and every source line unread, so the crash
//     site's code did not contribute); javascript P 1 R 0.5. Fix: an unindented traceback's
//     source lines and `in` frames are read (python-unindented-traceback.test.ts): python P 1 R 1.
//   Six PHP rows (Typecho's handler from two installs, logged with its line breaks escaped as
//     `\n`; one-line traces; frames numbered without `#`): php P 1 R 1, the escaped trace reading
//     no frame (its two rows agreed by their message alone). Fix: escaped line breaks are read
//     (escaped-line-breaks.test.ts): it reads its crash site, php unchanged.
//   Four rows (Errbit's, exception_notification's and Honeybadger's nil receivers in Ruby;
//     nilaway's repanic in Go): ruby and go P 1 R 1, Errbit's copied notice (`file.rb:18→ method`)
//     reading no frame. Fix: Errbit's frames are read (ruby-errbit-notice-frames.test.ts).
//   JabRef's preview script failed at OpenJFX's `WebEngine.executeScript`, counted as the app's.
//     Fix: `javafx.*` is library code (java-openjfx-library.test.ts): jvm unchanged, the crash site
//     now JabRef's own.
// Now: go, php, jvm, python, ruby P 1 R 1; dotnet P 0.875 R 1; javascript P 1 R 0.5. Left:
//   - dotnet merge: SrvSurvey's two throws in one method, messages differing in one word the
//     template miner takes for a value (the miner's side, not the trace's);
//   - javascript split: a missing entry script under Node 10 and Node 18, whose only frames, the
//     loader's, were renamed between the releases (`internal/modules/cjs/loader.js` vs
//     `node:internal/modules/cjs/loader`, `runMain` vs `executeUserEntryPoint`);
//   - go: the coordinator's journal-prefixed panic still reads no frame (its `]: ` is what is left
//     of a header after the reporter cut it, too short to be told from a trace's own text).
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 1, merged: 0 },
  php: { precision: 1, recall: 1, merged: 0 },
  dotnet: { precision: 0.87, recall: 1, merged: 1 },
  jvm: { precision: 1, recall: 1, merged: 0 },
  python: { precision: 1, recall: 1, merged: 0 },
  javascript: { precision: 1, recall: 0.5, merged: 0 },
  ruby: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a sixth collection the rules were not tuned on', () => expectCollectionFloors('threads-6', EXPECTED));
