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
