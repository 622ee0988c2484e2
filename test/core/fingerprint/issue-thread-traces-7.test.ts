// A seventh collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-7/<runtime>.ndjson, none from a thread an earlier collection cites; each row gives its
// `source` and `why`, the label decided by reading the trace and its thread before Rounds ran).
// Chosen in Go, PHP and .NET where one reason or one message recurs at different statements:
// Go's `integer divide by zero`, `interface {} is nil, not string`, `reflect … on zero Value` and
// the deadlock detector in a dozen programs (two interpreters by one reporter with one input),
// one library's division from two goroutines of one paste; PHP's `Call to a member function X()
// on null` in Drupal's, Drush's and Xdebug's forms, `Call to undefined function` in four WordPress
// sites, PHP 7's TypeError at Laravel's skeleton handler (two reports) and at Symfony's
// FlattenException, Laravel's QueryException rethrow for three reasons (connection refused twice,
// access denied, too many connections); .NET's App Center reports of one app (two lambdas and a
// handler of one view, one lambda from two releases), Blazor render errors in four frame forms.
// And in Python, Java, JavaScript and Ruby: KeyErrors and NoneType attribute errors of nine
// programs (frozen builds, `<string>` files, lost `File` prefixes), NPEs, Node's TypeErrors with
// colour escapes and winston's one-line record.
//
// 71 rows: Go 20, PHP 17, .NET 15, Python 9, JavaScript 5, JVM 3, Ruby 2.
//
// Measured on the merged rounds-fp/22 rules, before any fix, in the order the rows were added:
//   go P 1 R 0 — one split: cdnChecker's two goroutines dividing in retryabledns's queryMultiple,
//     the second cut after its first frame (no in-app frame left);
//   php P 0.25 R 0.333 — one merge: Drush's Features closure (Drupal's `… in F() (line N of
//     file).` form), Drush's LocaleCommands (`PHP Fatal error: … on line 113` then Xdebug's `PHP
//     Stack trace:`) and detect_mobile's Twig escapeFilter (Drupal's form) read no frame and fell
//     to `Call to a member function <*>() on null`; splits: detect_mobile's two reports (PHP's
//     display line vs Drupal's form), Laravel's connection refusal at Connection.php:672 and :760;
//   dotnet P 0.333 R 1 — one merge: Fluff's lambdas <FillThread>b__13_0 and b__12_1, lambda
//     ordinals masked (docs/fingerprinting.md: they renumber between builds);
//   python, jvm, javascript, ruby P 1 R 1.
//   Fix: Drupal's report and a PHP error line over Xdebug's call stack are read
//     (php-drupal-error-report.test.ts): php P 1 R 0.333.
//   Fix: a Roslyn lambda keeps its ordinal in its method, its method's ordinal still masked
//     (dotnet-lambda-ordinals.test.ts): dotnet P 1 R 1.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 0, merged: 0 },
  php: { precision: 1, recall: 0.33, merged: 0 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
  jvm: { precision: 1, recall: 1, merged: 0 },
  python: { precision: 1, recall: 1, merged: 0 },
  javascript: { precision: 1, recall: 1, merged: 0 },
  ruby: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a seventh collection the rules were not tuned on', () => expectCollectionFloors('threads-7', EXPECTED));
