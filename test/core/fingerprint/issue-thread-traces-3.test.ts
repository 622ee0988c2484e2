// A third collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-3/<runtime>.ndjson: 188 rows, none from a thread the corpus cites; each row gives its
// `source` and `why`, the label decided by reading the trace and its thread before Rounds ran).
// Kept apart from the corpus (corpus.test.ts) as a check of how grouping generalises: the rules
// were not tuned on it; rounds-fp/19's pasted-trace readers came from what it showed (Go's
// untabbed file lines, .NET's ahead-of-time frames, Spring's `nested exception is`, quoted and
// indented traces, Node's uncaught banner). Figures per runtime are floors; the merges left are
// listed with why.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

// Left merged:
// - go: Hugo's two nil dereferences in one function (lines 499 and 505 of shortcode.go): one
//   function, one type and message, and line numbers never contribute;
// - python: raven's `Stacktrace (most recent call last):` export and a Sentry export with the
//   exception line above its frames (third-party formats, read as no frame), whose messages mine
//   to one template.
const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 0.62, recall: 1, merged: 1 },
  // Was 0.18 with two merges: a Laravel app's error reports in Bugsnag's `path:line - Class::method`
  // frame lists were read as no frame, so only the message was left; rounds-fp/21 reads them.
  php: { precision: 1, recall: 0.94, merged: 0 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
  javascript: { precision: 1, recall: 0.85, merged: 0 },
  java: { precision: 1, recall: 0.77, merged: 0 },
  python: { precision: 0.5, recall: 1, merged: 1 },
};

describe('traces from public issue threads, a collection the rules were not tuned on', () => expectCollectionFloors('threads-3', EXPECTED));
