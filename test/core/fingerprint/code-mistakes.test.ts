// Two mistakes in one function's code (rounds-fp/11). Real programs in Python 3.11, Node.js 20
// and PHP 8.2 (test/fixtures/fingerprint/programs/code-mistakes, each with the command that
// re-records its output) make two mistakes in one function wherever they can — two keys read
// that a payload lacks, two names misspelt, two undefined methods called, two statements that
// meet None — each met by requests carrying other data, and record the errors as the
// OpenTelemetry SDKs put them on a span (PHP: as its own print, which Laravel and Monolog log).
// `failure` names the statement that failed, read from the program. Line numbers do not
// contribute (they shift with every release), so the runtime's one type for every such mistake
// at one crash site made one signature of the two. Python prints each frame's source line, and
// the other runtimes' own messages name the code (code-in-message.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type: string; message: string; stacktrace: string }
const rowsOf = (file: string) => readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

const PROGRAMS = [
  { name: 'Python', file: 'code-mistakes-python.ndjson', runtime: 'python', failures: 12 },
  { name: 'Node.js', file: 'code-mistakes-node.ndjson', runtime: 'nodejs', failures: 9 },
  { name: 'PHP', file: 'code-mistakes-php.ndjson', runtime: 'php', failures: 5 },
] as const;

function fingerprinted(file: string, runtime: string): (Row & { result: FingerprintResult })[] {
  const fp = createFingerprinter();
  return rowsOf(file).map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime }) }));
}

describe.each(PROGRAMS)('mistakes in the code of a $name program', ({ file, runtime, failures }) => {
  const results = fingerprinted(file, runtime);

  it('has each failure at least twice, several in one function', () => {
    expect(new Set(results.map((r) => r.failure)).size).toBe(failures);
    const culprits = new Map<string, Set<string>>();
    for (const r of results) culprits.set(r.result.culprit ?? '', new Set([...(culprits.get(r.result.culprit ?? '') ?? []), r.failure]));
    expect([...culprits.values()].filter((f) => f.size > 1).length).toBeGreaterThan(0);
  });

  it('makes one signature of each failure, whatever its data', () => {
    expect(splitFailures(results)).toEqual([]);
  });

  it('never makes one signature of two failures', () => {
    expect(mergedFailures(results)).toEqual([]);
  });
});

describe('what tells two mistakes in one function apart', () => {
  it('is the source line Python prints under the crash site', () => {
    const r = fingerprinted('code-mistakes-python.ndjson', 'python').find((x) => x.failure === 'checkout missing cart')!.result;
    expect(r.explain.join('\n')).toContain(`crash site's source line: cart = payload["cart"] — contributes`);
  });

  it('is the code a runtime error names, and never a value that was missing along a chain', () => {
    const node = fingerprinted('code-mistakes-node.ndjson', 'nodejs');
    expect(node.find((x) => x.failure === 'summarize total not a number')!.result.explain.join('\n')).toContain('code the message names: order.total.toFixed is not a function');
    // `user.avatar.url` fails reading `avatar` or `url` by the data: one statement, one signature.
    const chain = node.filter((x) => x.failure === 'avatar chain');
    expect(new Set(chain.map((x) => x.result.message))).toEqual(new Set(["Cannot read properties of undefined (reading 'avatar')", "Cannot read properties of undefined (reading 'url')"]));
    expect(chain.every((x) => !x.result.explain.join('\n').includes('code the message names'))).toBe(true);
    const php = fingerprinted('code-mistakes-php.ndjson', 'php');
    expect(php.find((x) => x.failure === 'invoice total typo')!.result.explain.join('\n')).toContain('code the message names: variable $totl');
  });
});

// An ORM raises one type for every record a lookup did not find, and names the model: a
// controller that loads two models fails on either at one crash site. The wordings are real
// (ActiveRecord's from NNRUG/it52-rails#29 and #24 and phumpal/airbrake-python-test#55,
// Eloquent's from Laravel applications' tests and logs quoted on GitHub); the two lookups share
// a controller action here, as an action loading an event and its organiser would.
describe('a record a lookup did not find', () => {
  const rails = (message: string) => ({
    source: 'span' as const,
    service: 'site',
    type: 'ActiveRecord::RecordNotFound',
    message,
    stacktrace: `/app/vendor/bundle/ruby/3.3.0/gems/activerecord-7.1.3/lib/active_record/core.rb:253:in \`find'\napp/controllers/events_controller.rb:74:in \`set_event'\n/app/vendor/bundle/ruby/3.3.0/gems/activesupport-7.1.3/lib/active_support/callbacks.rb:403:in \`block in make_lambda'`,
    runtime: 'ruby',
  });
  const laravel = (message: string) => ({
    source: 'span' as const,
    service: 'shop',
    type: 'Illuminate\\Database\\Eloquent\\ModelNotFoundException',
    message,
    stacktrace: `Illuminate\\Database\\Eloquent\\ModelNotFoundException: ${message} in /var/www/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php:623\nStack trace:\n#0 /var/www/app/Http/Controllers/OrderController.php(31): Illuminate\\Database\\Eloquent\\Builder->findOrFail()\n#1 /var/www/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\Http\\Controllers\\OrderController->show()\n#2 {main}`,
    runtime: 'php',
  });

  it('is one signature per model, whatever the id', () => {
    const fp = createFingerprinter();
    const [user, user2, event, account] = [`Couldn't find User with 'id'=758`, `Couldn't find User with 'id'=31`, `Couldn't find Event with 'id'=2015`, `Couldn't find Account with 'id'=100`].map((m) => fp.fingerprint(rails(m)).fingerprint);
    expect(user).toBe(user2);
    expect(new Set([user, event, account]).size).toBe(3);
    const [product, product2, employee] = ['No query results for model [App\\Models\\Product] 123', 'No query results for model [App\\Models\\Product] 7', 'No query results for model [App\\Models\\Employee] 99999'].map((m) => fp.fingerprint(laravel(m)).fingerprint);
    expect(product).toBe(product2);
    expect(product).not.toBe(employee);
  });
});
