// Dart stack traces (src/core/fingerprint/stacktrace/dart.ts), as Dart programs printed them in
// public issue threads (each trace's source is named beside it; the first frames are quoted).
// Before rounds-fp/7 no runtime read them: the stack was "unknown", so every `Bad state: No
// element` (Dart's StateError from `first`, `firstWhere`, `single`…) of a service was one
// signature, whichever code called it.
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';
import { detectRuntime, parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

// filiph/linkcheck#62: the VM's format (Dart 2.10), a set's singleWhere called from a closure.
const LINKCHECK = `#0      SetMixin.singleWhere (dart:collection/set.dart:267:5)
#1      crawl.<anonymous closure> (package:linkcheck/src/crawl.dart:255:20)
#2      _rootRunUnary (dart:async/zone.dart:1198:47)
#3      _CustomZone.runUnary (dart:async/zone.dart:1100:19)
#4      _CustomZone.runUnaryGuarded (dart:async/zone.dart:1005:7)
#5      _BufferingStreamSubscription._sendData (dart:async/stream_impl.dart:357:11)
#6      _DelayedData.perform (dart:async/stream_impl.dart:611:14)
#7      _StreamImplEvents.handleNext (dart:async/stream_impl.dart:730:11)`;

// flutter/flutter-intellij#2521: the VM's format without columns (an older SDK), with an
// asynchronous suspension; the Flutter tool's own code is the application here.
const FLUTTER_TOOLS = `#0      List.first (dart:core-patch/dart:core/growable_array.dart:211)
#1      AppDomain.callServiceExtension (package:flutter_tools/src/commands/daemon.dart:469)
<asynchronous suspension>
#2      Domain.handleCommand.<anonymous closure> (package:flutter_tools/src/commands/daemon.dart:189)
#3      new Future.sync (dart:async/future.dart:222)
#4      Domain.handleCommand (package:flutter_tools/src/commands/daemon.dart:187)
#5      Daemon._handleRequest (package:flutter_tools/src/commands/daemon.dart:145)
#6      _rootRunUnary (dart:async/zone.dart:1134)`;

// dart-lang/pub-dev#1247: a server's log of an error (indented, under `Error:` and `Stack:`).
const PUB_DEV = `Error:
    GrpcProtocolException: No trailing headers from server.

Stack:
    #0      Client.invoke (package:appengine/src/grpc_api_impl/grpc.dart:199:9)
    <asynchronous suspension>
    #1      Channel.invoke (package:appengine/src/grpc_api_impl/grpc.dart:45:19)
    <asynchronous suspension>
    #2      DatastoreApi.runQuery (package:appengine/src/grpc_api/dart/google/datastore/v1/datastore.pb.dart:580:20)
    #3      GrpcDatastoreImpl.query (package:appengine/src/grpc_api_impl/datastore_impl.dart:252:32)
    <asynchronous suspension>
    #4      Query.run.<anonymous closure> (package:gcloud/src/db/db.dart:238:12)
    #5      StreamFromPages._onListen (package:gcloud/common.dart:72:23)
    #6      _runGuarded (dart:async/stream_controller.dart:804)`;

// dart-lang/sdk#49930: package:stack_trace's terse format, as shelf's handlers print it.
const SSE_TERSE = `package:sse/src/server/sse_handler.dart 255:14                  SseHandler._handle
package:dart.tools.iblaze.server/inject_js_handler.dart 141:37  InjectJsHandler.handle
package:shelf/src/cascade.dart 75:52                            Cascade.handler.<fn>
package:shelf/src/cascade.dart 76:48                            Cascade.handler.<fn>.<fn>
dart:async/future.dart 302:31                                   new Future.sync
package:shelf/src/cascade.dart 76:21                            Cascade.handler.<fn>`;

// dart-lang/test#730: the terse format of an older SDK (lines without columns), indented.
const TEST_TERSE = `  dart:async/future.dart 206                                    new Future.sync
  package:shelf/src/cascade.dart 73                             Cascade.handler.<fn>
  package:shelf/src/cascade.dart 73                             Cascade.handler.<fn>.<fn>
  package:test/src/util/path_handler.dart 52                    PathHandler._onRequest
  package:shelf/src/cascade.dart 74                             Cascade.handler.<fn>.<fn>
  package:stack_trace/src/stack_zone_specification.dart 129     StackZoneSpecification._registerUnaryCallback.<fn>.<fn>
  dart:async/zone.dart 1128                                     _rootRunUnary`;

// dart-lang/tools#1842: a Chain printed tersely, with asynchronous gaps and folded library frames.
const CHAIN_TERSE = `test/foo.dart 11:3   foo
===== asynchronous gap ===========================
dart:async           _AsyncAwaitCompleter.completeError
test/foo.dart        foo
===== asynchronous gap ===========================
dart:async           _asyncThenWrapperHelper
test/foo.dart        foo
package:stack_trace  Chain.capture
test/foo.dart 4:15   main`;

const stateError = (service: string, stacktrace: string): FingerprintInput => ({ source: 'span', service, type: 'StateError', message: 'Bad state: No element', stacktrace, runtime: 'dart' });

describe('Dart stack traces', () => {
  it('are recognised in both renderings, with or without the SDK hint', () => {
    for (const trace of [LINKCHECK, FLUTTER_TOOLS, PUB_DEV, SSE_TERSE, TEST_TERSE, CHAIN_TERSE]) {
      expect(detectRuntime(trace)).toBe('dart');
      expect(detectRuntime(trace, 'dart')).toBe('dart');
    }
  });

  it('are read innermost call first, with the location, line and column of each frame', () => {
    const [vm] = parseStacktrace(LINKCHECK).exceptions;
    expect(vm.frames).toHaveLength(8);
    expect(vm.frames[1]).toEqual({ function: 'crawl.<anonymous closure>', file: 'package:linkcheck/src/crawl.dart', line: 255, column: 20 });
    const [old] = parseStacktrace(FLUTTER_TOOLS).exceptions;
    expect(old.frames.map((f) => f.function)).toEqual(['List.first', 'AppDomain.callServiceExtension', 'Domain.handleCommand.<anonymous closure>', 'new Future.sync', 'Domain.handleCommand', 'Daemon._handleRequest', '_rootRunUnary']);
    expect(old.frames[1]).toEqual({ function: 'AppDomain.callServiceExtension', file: 'package:flutter_tools/src/commands/daemon.dart', line: 469 });
    const [logged] = parseStacktrace(PUB_DEV).exceptions;
    expect(logged).toMatchObject({ type: 'GrpcProtocolException', message: 'No trailing headers from server.' });
    expect(logged.frames).toHaveLength(7);
    const [terse] = parseStacktrace(SSE_TERSE).exceptions;
    expect(terse.frames[0]).toEqual({ function: 'SseHandler._handle', file: 'package:sse/src/server/sse_handler.dart', line: 255, column: 14 });
    expect(terse.frames[4]).toEqual({ function: 'new Future.sync', file: 'dart:async/future.dart', line: 302, column: 31 });
    expect(parseStacktrace(TEST_TERSE).exceptions[0].frames[3]).toEqual({ function: 'PathHandler._onRequest', file: 'package:test/src/util/path_handler.dart', line: 52 });
    const chain = parseStacktrace(CHAIN_TERSE).exceptions[0].frames;
    expect(chain.map((f) => f.file)).toEqual(['test/foo.dart', 'dart:async', 'test/foo.dart', 'dart:async', 'test/foo.dart', 'package:stack_trace', 'test/foo.dart']);
  });

  it('name the crash site by the first frame outside the SDK and Flutter, not by the collection method that threw', () => {
    const fp = createFingerprinter();
    expect(fp.fingerprint(stateError('linkcheck', LINKCHECK)).culprit).toMatch(/^crawl\.<anonymous closure> /);
    expect(fp.fingerprint(stateError('tools', FLUTTER_TOOLS)).culprit).toMatch(/^AppDomain\.callServiceExtension /);
    expect(fp.fingerprint({ source: 'span', service: 'pub', type: 'GrpcProtocolException', message: 'No trailing headers from server.', stacktrace: PUB_DEV }).culprit).toMatch(/^Client\.invoke /);
    expect(fp.fingerprint({ source: 'span', service: 'web', type: 'TypeError', message: 'Null check operator used on a null value', stacktrace: SSE_TERSE }).culprit).toMatch(/^SseHandler\._handle /);
  });

  it('keep two call sites of one failing SDK method apart, and one call site together across SDK releases', () => {
    const fp = createFingerprinter();
    const crawl = fp.fingerprint(stateError('svc', LINKCHECK));
    // The same StateError raised through the same SDK method, from another function of the app.
    const other = fp.fingerprint(stateError('svc', LINKCHECK.replace('crawl.<anonymous closure> (package:linkcheck/src/crawl.dart:255:20)', 'Destination.parse (package:linkcheck/src/destination.dart:93:12)')));
    expect(other.fingerprint).not.toBe(crawl.fingerprint);
    // Another SDK release: every dart: line and column moves (zone.dart:1198 → 1418, as in
    // flutter/flutter#101618), the app's line moves with an edit above it; the failure is the same.
    const moved = LINKCHECK.replace(/(dart:[^:]+:)(\d+):(\d+)/g, (_, file, line, col) => `${file}${Number(line) + 220}:${Number(col) + 2}`).replace('crawl.dart:255:20', 'crawl.dart:262:20');
    expect(fp.fingerprint(stateError('svc', moved)).fingerprint).toBe(crawl.fingerprint);
  });

  it("one stack printed by the VM and by package:stack_trace's terse form is one signature", () => {
    const fp = createFingerprinter();
    // LINKCHECK's frames as Chain.terse renders them (location line:column, then the member,
    // closures as <fn>, the SDK's frames folded into their library).
    const terse = `dart:collection           SetMixin.singleWhere
package:linkcheck/src/crawl.dart 255:20  crawl.<fn>
dart:async                _BufferingStreamSubscription._sendData`;
    expect(fp.fingerprint(stateError('svc', terse)).fingerprint).toBe(fp.fingerprint(stateError('svc', LINKCHECK)).fingerprint);
    expect(fp.fingerprint(stateError('svc', terse.replace('crawl.<fn>', 'Destination.parse'))).fingerprint).not.toBe(fp.fingerprint(stateError('svc', terse)).fingerprint);
  });
});
