// A backtrace logged as a record of its own, its `Class: message` written as another: Sidekiq
// 6.4's error handler does (exception_handler.rb: `logger.warn("#{ex.class.name}: #{ex.message}")`
// then `logger.warn(ex.backtrace.join("\n"))`), real records from sidekiq.ndjson
// (programs/sidekiq, server-logs-12.test.ts). Such a trace names no type and no message: before,
// a JSON::ParserError raised in json/common.rb and a refused connection raised in socket.rb
// below one job's `perform` were one signature with a raise in `perform` itself. The library
// frame at the top of the trace, where the exception was raised, now says which (exception.ts
// raisedIn).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadServerLog } from './server-log-set.js';

const rows = loadServerLog('sidekiq.ndjson');
const traces = (maker: string) => rows.filter((r) => r.group.startsWith('exception_handler.rb:11') && r.group.includes(maker)).map((r) => r.body);
const sig = (body: string) => createFingerprinter().fingerprint({ source: 'log', service: 'sidekiq', body });

describe('a backtrace logged without its exception', () => {
  it('is told apart by the library frame it was raised in (Sidekiq 6.4)', () => {
    const [json] = traces('JSON.parse');
    const [refusedA, refusedB] = traces('Net::HTTP.post');
    const [raised] = traces('jobs.rb:18');
    expect(sig(json).explain).toContain('raised in: json/common.rb:parse — contributes (library code at the top of the trace; no type of its own and no message say which failure it was)');
    expect(new Set([sig(json).fingerprint, sig(refusedA).fingerprint, sig(raised).fingerprint]).size).toBe(3);
    // The same failure twice (two refused ports) stays one.
    expect(sig(refusedA).fingerprint).toBe(sig(refusedB).fingerprint);
  });

  it("reads its first frame's file without the record's header", () => {
    // Sidekiq's header (`2026-12-05T18:33:33.401Z pid=2993 tid=2xt WARN: `) stands before the
    // first frame: it was read as part of that frame's file.
    const [raised] = traces('jobs.rb:18');
    const top = sig(raised).frames[0];
    expect(top.file).toMatch(/^\/\S*\/programs\/sidekiq\/jobs\.rb$/);
    // Near miss: the frames after it, which no header stands before, are read as they were.
    expect(sig(raised).frames[1]).toMatchObject({ function: 'execute_job', file: '/usr/share/rubygems-integration/all/gems/sidekiq-6.4.1/lib/sidekiq/processor.rb' });
  });

  it('leaves a trace raised in the application, or with no in-app frame, as it was', () => {
    // Near misses: the raise in `perform` is its own crash site; Redis' refused connection has no
    // in-app frame (its top library frames already contribute), from the fetcher and the
    // scheduler alike.
    const [raised] = traces('jobs.rb:18');
    expect(sig(raised).explain.some((l) => l.startsWith('raised in:'))).toBe(false);
    const redis = traces('Redis::CannotConnectError').map(sig);
    expect(redis.some((r) => r.explain.some((l) => l.startsWith('raised in:')))).toBe(false);
    expect(new Set(redis.map((r) => r.fingerprint)).size).toBe(1);
  });

  it('leaves a trace that names its type and message deciding as before', () => {
    // Near miss: the same exception as Ruby prints it whole (`full_message`: the class and
    // message on the top frame's line), built from the two records the handler wrote for it.
    const classLine = rows.find((r) => r.group.startsWith('exception_handler.rb:10') && r.group.includes('JSON.parse'))!.body.replace(/^.* WARN: /, '');
    const [trace] = traces('JSON.parse');
    const [top, ...rest] = trace.replace(/^.* WARN: /, '').split('\n');
    const [type, message] = [classLine.slice(0, classLine.indexOf(': ')), classLine.slice(classLine.indexOf(': ') + 2)];
    const whole = `${top}: ${message} (${type})\n${rest.map((l) => `\tfrom ${l}`).join('\n')}`;
    const r = sig(whole);
    expect(r.type).toBe('JSON::ParserError');
    expect(r.explain.some((l) => l.startsWith('raised in:'))).toBe(false);
  });
});

// Ruby's standard Logger writes the same two records with its header (`E, [ts #pid] ERROR -- : `)
// before the first line of each: real records of programs/ruby-worker (ruby-worker.ndjson). The
// backtrace's first line, its top frame, was taken for a Logger message's first line and lost:
// fetch('order')'s KeyError and File.read's EISDIR at one line of load_order were one signature.
describe("a backtrace logged through Ruby's Logger", () => {
  const worker = loadServerLog('ruby-worker.ndjson');
  const records = (group: string) => worker.filter((r) => r.group === group).map((r) => r.body);
  const fp = createFingerprinter();
  const logged = (body: string) => fp.fingerprint({ source: 'log', service: 'worker', body });

  it('keeps its top frame, which Logger\'s header stands before', () => {
    const [missing, missingToo] = records('worker.rb:23 LOG.error(e.backtrace.join("\\n")) (worker.rb:10 .fetch(\'order\'))');
    const [directory] = records('worker.rb:23 LOG.error(e.backtrace.join("\\n")) (worker.rb:10 File.read(path))');
    expect(logged(missing).frames[0]).toMatchObject({ function: 'fetch', file: 'worker.rb', line: 10 });
    expect(logged(missing).fingerprint).not.toBe(logged(directory).fingerprint);
    expect(logged(missing).fingerprint).toBe(logged(missingToo).fingerprint);
  });

  it('reads a block sharing its caller\'s line as Ruby code, not a C method', () => {
    // `total`'s one-line `order.fetch('lines').sum { |l| Integer(l['qty']) * l.fetch('price') }`
    // prints `block in total` over `sum` at line 14: marked a C method, the block was skipped
    // and `sum` read as the raiser, and Integer()'s ArgumentError and fetch's KeyError inside
    // the block were one signature.
    const [qty] = records('worker.rb:23 LOG.error(e.backtrace.join("\\n")) (worker.rb:14 Integer(l[\'qty\']))');
    const [price] = records('worker.rb:23 LOG.error(e.backtrace.join("\\n")) (worker.rb:14 l.fetch(\'price\'))');
    expect(logged(qty).culprit).toBe('block in total (worker.rb)');
    expect(logged(qty).explain).toContain('raised by: worker.rb:Integer — contributes (runtime code called from the crash site; the exception type is generic)');
    expect(logged(qty).fingerprint).not.toBe(logged(price).fingerprint);
    // Near miss: the C methods at the same line (`Integer`, `fetch`, `sum`) stay the runtime's.
    expect(logged(qty).frames.slice(0, 4).map((f) => [f.function, f.inApp])).toEqual([['Integer', false], ['block in total', true], ['sum', false], ['total', true]]);
  });

  it("leaves Logger's record of a message as a message", () => {
    // Near miss: the `Class: message` record before it is no frame.
    const [message] = records('worker.rb:22 LOG.error("#{e.class}: #{e.message}") (worker.rb:10 .fetch(\'order\'))');
    expect(logged(message).frames).toEqual([]);
  });
});
