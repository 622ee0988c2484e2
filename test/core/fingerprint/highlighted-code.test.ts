// A Ruby error's message logged without its trace, error_highlight's source line under it (Ruby
// 3.1+): Sidekiq 6.4's error handler writes `logger.warn("#{ex.class.name}: #{ex.message}")`
// apart from the backtrace, real records from sidekiq.ndjson (programs/sidekiq,
// server-logs-12.test.ts). Its processor's constantize raised `uninitialized constant
// LegacyExporter` at `Object.const_get(str)` and `uninitialized constant Billing` at
// `constant.const_get(name, false)` (a did_you_mean suggestion after it): two statements, one
// template, one signature before; the highlighted line now contributes (highlighted-code.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loggedHighlightedCode } from '../../../src/core/fingerprint/highlighted-code.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const classLines = (set: string, group: string) => loadServerLog(set).filter((r) => r.group.includes(group)).map((r) => r.body);
const sig = (service: string, body: string) => createFingerprinter().fingerprint({ source: 'log', service, body });
/** Each row's signature, the whole set mined by one fingerprinter as a service's log (aliases followed). */
function mined(set: string, service: string): Map<string, string[]> {
  const rows = loadServerLog(set);
  const fp = createFingerprinter();
  const sigs = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service, body: r.body })));
  const by = new Map<string, string[]>();
  rows.forEach((r, i) => (by.get(r.group) ?? by.set(r.group, []).get(r.group)!).push(sigs[i]));
  return by;
}

describe("a logged Ruby error's highlighted source line", () => {
  it('tells two statements whose messages share a template apart (Sidekiq 6.4)', () => {
    const [legacy] = classLines('sidekiq.ndjson', 'processor.rb:268 Object.const_get');
    const [billing] = classLines('sidekiq.ndjson', 'processor.rb:276 constant.const_get');
    expect(loggedHighlightedCode(legacy)).toBe('return Object.const_get(str) unless str.include?("::")');
    // did_you_mean's `Did you mean?  Binding` after the carets is no part of the code.
    expect(loggedHighlightedCode(billing)).toBe('constant.const_get(name, false)');
    // Mined with the rest of the log, the two messages share a template (`uninitialized constant <*>`).
    const by = [...mined('sidekiq.ndjson', 'sidekiq')].filter(([g]) => g.includes('const_get') && g.startsWith('exception_handler.rb:10'));
    expect(by).toHaveLength(2);
    expect(by[0][1][0]).not.toBe(by[1][1][0]);
  });

  it('keeps one statement one signature, and a message without the lines as it was', () => {
    // Near misses: Puma's error log writes Exception#inspect, closing the carets with `>`: its two
    // `Read:` NoMethodErrors at one call are one. A one-line class record has no such line.
    const reads = classLines('puma.ndjson', 'server.rb:525');
    expect(reads).toHaveLength(2);
    expect(loggedHighlightedCode(reads[0])).toBe('@body.__send__(method_name, *args, &block)');
    const fp = createFingerprinter();
    expect(new Set(reads.map((b) => fp.fingerprint({ source: 'log', service: 'puma', body: b }).fingerprint)).size).toBe(1);
    const [invalid] = classLines('sidekiq.ndjson', 'exception_handler.rb:10 Sidekiq.logger.warn("#{ex.class.name}: #{ex.message}") (jobs.rb:18');
    expect(loggedHighlightedCode(invalid)).toBeUndefined();
    expect(sig('sidekiq', invalid).explain.some((l) => l.startsWith('highlighted source line'))).toBe(false);
  });

  it("reads no other program's line and caret as code", () => {
    // Near misses: PostgreSQL's syntax errors echo the query's line with a caret under the error
    // (the `LINE 1:` a client adds from the error's position field), logged by a Python service
    // (ooni/pipeline#232, https://github.com/ooni/pipeline/issues/232) and raised by psycopg 3
    // (psycopg/psycopg#119, https://github.com/psycopg/psycopg/issues/119): the line is the input,
    // and neither a blank line nor a class error_highlight decorates comes before it.
    const logged = '608523 90677 ERROR fastpath syntax error at or near "Everbody"\nLINE 1: ...st.com\\/category\\/local_news_articles\\/20100518\\/\'Everbody-D...\n' + ' '.repeat(61) + '^';
    const raised = 'psycopg.errors.SyntaxError: syntax error at or near "W"\nLINE 1: W\n        ^';
    expect(loggedHighlightedCode(logged)).toBeUndefined();
    expect(loggedHighlightedCode(raised)).toBeUndefined();
  });
});
