// A Go runtime fatal error for a map used by two goroutines at once is told by the map function
// below the runtime's throw, or, where Go 1.24+ hides it, by the dump's own `fatal error:` line
// (go-map-race-fatal.ts). Found in threads-45 (issue-thread-traces-45.test.ts): InfluxDB's inmem
// idsForExpr threw `concurrent map read and map write` at one statement and `concurrent map
// iteration and map write` at another, and both were one signature.
//
// The Go 1.26 dumps below were produced here by this program, built with go1.26 on linux/amd64
// and run as `./tally read|write|range`, with GOTRACEBACK unset and `system` (only the first lines
// of each dump are kept; the ids and addresses are the run's):
//   var counts = map[string]int{}
//   func writer() { for i := 0; ; i++ { counts[strconv.Itoa(i%64)] = i } }
//   func tally(mode string) int { total := 0; for { if mode == "range" { for _, v := range counts
//     { total += v } } else if mode == "write" { counts["7"] = total; total++ } else { total +=
//     counts["7"] } } }
//   func main() { go writer(); tally(os.Args[1]) }
// and the deadlock by `var results = map[string]int{}; func collect(done chan bool) { <-done;
// results["x"]++ }; func main() { collect(make(chan bool)) }`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { concurrentMapFatalText } from '../../../src/core/fingerprint/go-map-race-fatal.js';
import { parseGo, splitGoFunction } from '../../../src/core/fingerprint/stacktrace/go.js';

const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const lines = (...l: string[]) => l.join('\n');

// GOTRACEBACK=system: the runtime's frames are printed.
const systemRead = lines(
  'fatal error: concurrent map read and map write', '',
  'goroutine 1 gp=0x3e16cacbe1e0 m=0 mp=0x5592c0 [running]:',
  'runtime.fatal({0x4b08d8, 0x21})', '\t/usr/local/go/src/runtime/panic.go:1253 +0x74 fp=0x3e16cad30df8 sp=0x3e16cad30db8 pc=0x444974',
  'internal/runtime/maps.fatal({0x4b08d8?, 0x457995?})', '\t/usr/local/go/src/runtime/panic.go:1181 +0x18 fp=0x3e16cad30e18 sp=0x3e16cad30df8 pc=0x4780b8',
  'runtime.mapaccess1_faststr(0x7fd27ce61ae8?, 0x7fd2c3a96a00?, {0x4aa9f0?, 0x5592c0?})', '\t/usr/local/go/src/internal/runtime/maps/runtime_faststr.go:113 +0x129 fp=0x3e16cad30ea0 sp=0x3e16cad30e18 pc=0x40ece9',
  'main.tally(...)', '\t/tmp/fp45-go/main.go:28',
  'main.main()', '\t/tmp/fp45-go/main.go:35 +0x132 fp=0x3e16cad30f48 sp=0x3e16cad30ea0 pc=0x48a1f2');
const systemWrite = lines(
  'fatal error: concurrent map writes', '',
  'goroutine 1 gp=0xa215573a1e0 m=0 mp=0x5592c0 [running]:',
  'runtime.fatal({0x4adaa2, 0x15})', '\t/usr/local/go/src/runtime/panic.go:1253 +0x74 fp=0xa21557a6db8 sp=0xa21557a6d78 pc=0x444974',
  'internal/runtime/maps.fatal({0x4adaa2?, 0x499440?})', '\t/usr/local/go/src/runtime/panic.go:1181 +0x18 fp=0xa21557a6dd8 sp=0xa21557a6db8 pc=0x4780b8',
  'runtime.mapassign_faststr(0x499440, 0xa21557ac090, {0x4aa9f0, 0x1})', '\t/usr/local/go/src/internal/runtime/maps/runtime_faststr.go:394 +0x508 fp=0xa21557a6ea0 sp=0xa21557a6dd8 pc=0x40f648',
  'main.tally(...)', '\t/tmp/fp45-go/main.go:25',
  'main.main()', '\t/tmp/fp45-go/main.go:35 +0xfa fp=0xa21557a6f48 sp=0xa21557a6ea0 pc=0x48a1ba');
const systemRange = lines(
  'fatal error: concurrent map iteration and map write', '',
  'goroutine 1 gp=0x1a1c2ba7c1e0 m=0 mp=0x5592c0 [running]:',
  'runtime.fatal({0x4b17b1, 0x26})', '\t/usr/local/go/src/runtime/panic.go:1253 +0x74 fp=0x1a1c2bae8e08 sp=0x1a1c2bae8dc8 pc=0x444974',
  'internal/runtime/maps.fatal({0x4b17b1?, 0x5597f8?})', '\t/usr/local/go/src/runtime/panic.go:1181 +0x18 fp=0x1a1c2bae8e28 sp=0x1a1c2bae8e08 pc=0x4780b8',
  'internal/runtime/maps.(*Iter).Next(0x1a1c2bae8ed8?)', '\t/usr/local/go/src/internal/runtime/maps/table.go:819 +0x86 fp=0x1a1c2bae8e78 sp=0x1a1c2bae8e28 pc=0x40cb26',
  'runtime.mapIterStart(0x7f81c4733d60?, 0x7f81c4728108?, 0x1a1c2bae8ed8)', '\t/usr/local/go/src/runtime/map.go:163 +0x31 fp=0x1a1c2bae8ea0 sp=0x1a1c2bae8e78 pc=0x41cdf1',
  'main.tally(...)', '\t/tmp/fp45-go/main.go:21');
// GOTRACEBACK unset: runtime.* frames are hidden, internal/runtime/maps' are not.
const defaultRead = lines(
  'fatal error: concurrent map read and map write', '',
  'goroutine 1 [running]:',
  'internal/runtime/maps.fatal({0x4b08d8?, 0x457995?})', '\t/usr/local/go/src/runtime/panic.go:1181 +0x18',
  'main.tally(...)', '\t/tmp/fp45-go/main.go:28',
  'main.main()', '\t/tmp/fp45-go/main.go:35 +0x132');
const defaultWrite = lines(
  'fatal error: concurrent map writes', '',
  'goroutine 1 [running]:',
  'internal/runtime/maps.fatal({0x4adaa2?, 0x15?})', '\t/usr/local/go/src/runtime/panic.go:1181 +0x18',
  'main.tally(...)', '\t/tmp/fp45-go/main.go:25',
  'main.main()', '\t/tmp/fp45-go/main.go:35 +0xfa');
const defaultRange = lines(
  'fatal error: concurrent map iteration and map write', '',
  'goroutine 1 [running]:',
  'internal/runtime/maps.fatal({0x4b17b1?, 0x5597f8?})', '\t/usr/local/go/src/runtime/panic.go:1181 +0x18',
  'internal/runtime/maps.(*Iter).Next(0x3733c8e90ed8?)', '\t/usr/local/go/src/internal/runtime/maps/table.go:819 +0x86',
  'main.tally(...)', '\t/tmp/fp45-go/main.go:21');
const deadlock = lines(
  'fatal error: all goroutines are asleep - deadlock!', '',
  'goroutine 1 [chan receive]:',
  'main.collect(...)', '\t/tmp/fp45-dl/main.go:6',
  'main.main()', '\t/tmp/fp45-dl/main.go:11 +0x25');

/** The dump from its goroutine's header on, as a paste split into goroutines quotes it. */
const withoutFatalLine = (dump: string) => dump.slice(dump.indexOf('goroutine '));
const frames = (...qualified: string[]) => qualified.map(splitGoFunction);

describe("a Go map race's fatal error, read from the runtime's frame below the throw", () => {
  it('names the text each map function throws, in the runtime of Go 1.6 to 1.26', () => {
    expect(concurrentMapFatalText(frames('runtime.throw', 'runtime.mapassign1', 'main.f'), '')).toBe('concurrent map writes');
    expect(concurrentMapFatalText(frames('runtime.throw', 'runtime.mapaccess2_faststr', 'main.f'), '')).toBe('concurrent map read and map write');
    expect(concurrentMapFatalText(frames('runtime.throw', 'runtime.mapiternext', 'main.f'), '')).toBe('concurrent map iteration and map write');
    expect(concurrentMapFatalText(frames('runtime.throw', 'runtime.mapdelete_fast64', 'main.f'), '')).toBe('concurrent map writes');
    expect(concurrentMapFatalText(frames('runtime.fatal', 'internal/runtime/maps.fatal', 'internal/runtime/maps.(*Map).PutSlot', 'main.f'), '')).toBe('concurrent map writes');
    expect(concurrentMapFatalText(frames('internal/runtime/maps.fatal', 'internal/runtime/maps.(*Iter).Next', 'main.f'), '')).toBe('concurrent map iteration and map write');
  });

  it('one dump quoted with and without its fatal line is one signature', () => {
    for (const dump of [systemRead, systemWrite, systemRange, defaultRange]) {
      const whole = fingerprintOf(dump);
      expect(fingerprintOf(withoutFatalLine(dump)).fingerprint).toBe(whole.fingerprint);
      expect(whole.message).toBe(dump.slice('fatal error: '.length, dump.indexOf('\n')));
    }
  });

  it('one failure printed with GOTRACEBACK unset and with `system` is one signature', () => {
    expect(fingerprintOf(defaultRead).fingerprint).toBe(fingerprintOf(systemRead).fingerprint);
    expect(fingerprintOf(defaultWrite).fingerprint).toBe(fingerprintOf(systemWrite).fingerprint);
    expect(fingerprintOf(defaultRange).fingerprint).toBe(fingerprintOf(systemRange).fingerprint);
  });

  it('near miss: a lookup, an assignment and a range in one function are three signatures', () => {
    expect(new Set([systemRead, systemWrite, systemRange].map((d) => fingerprintOf(d).fingerprint)).size).toBe(3);
    // Go 1.24+ hides runtime.mapaccess1_faststr and runtime.mapassign_faststr: the line tells them apart.
    expect(new Set([defaultRead, defaultWrite, defaultRange].map((d) => fingerprintOf(d).fingerprint)).size).toBe(3);
  });

  it('near miss: where the runtime hid the map function and the fatal line is missing or says two things, nothing is made up', () => {
    expect(parseGo(withoutFatalLine(defaultRead)).exceptions[0].message).toBe('');
    expect(concurrentMapFatalText(frames('internal/runtime/maps.fatal', 'main.tally'), 'fatal error: concurrent map writes\nfatal error: concurrent map read and map write\n')).toBeUndefined();
  });

  it('near miss: frames with no throw on top (a logger\'s runtime.Callers stack) and other fatal errors keep their reading', () => {
    expect(concurrentMapFatalText(frames('runtime.mapassign_faststr', 'main.f'), 'fatal error: concurrent map writes')).toBeUndefined();
    expect(concurrentMapFatalText(frames('runtime.throw', 'runtime.newstack', 'runtime.morestack'), 'fatal error: stack overflow')).toBeUndefined();
    expect(parseGo(deadlock).exceptions[0].message).toBe('');
    expect(parseGo('panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/x/main.go:5 +0x2e').exceptions[0].message).toBe('assignment to entry in nil map');
  });
});
