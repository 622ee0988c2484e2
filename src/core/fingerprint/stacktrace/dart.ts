// Dart (the VM, Flutter on a device, server frameworks such as shelf). Two renderings of the same
// stack, innermost call first in both:
// The VM's `StackTrace.toString()`, which an exception's `exception.stacktrace` carries, often
// under Dart's own `Unhandled exception:` and the error's text:
//   #0      ListMixin.firstWhere (dart:collection/list.dart:167:5)
//   #1      OrderRepository.latest.<anonymous closure> (package:shop/orders/repository.dart:42:18)
//   <asynchronous suspension>
//   #2      main (file:///srv/app/bin/server.dart:10:3)
// (older SDKs print no column). package:stack_trace's terse form, which shelf, the test runner
// and apps that capture a `Chain` print: the location, its line:column, then the member:
//   package:shelf/src/cascade.dart 75:52   Cascade.handler.<fn>
//   dart:async                            _CustomZone.runUnary
//   ===== asynchronous gap ===========================
// https://api.dart.dev/dart-core/StackTrace-class.html, https://pub.dev/packages/stack_trace
import type { RuntimeProfile } from './profile.js';
import { normalizePath } from '../normalize.js';
import { LIMITS, traceLines, type ParsedTrace, type RawFrame } from '../types.js';

/**
 * Flutter on Android prints through logcat, whose brief format puts `<priority>/<tag>(<pid>): `
 * before every line (`E/flutter ( 5090): #0      User.fromSnap …`,
 * https://developer.android.com/tools/logcat): before a frame it is the device's, not the trace's.
 */
const LOGCAT = String.raw`(?:[VDIWEF]\/[\w.-]{1,100}\s{0,4}\(\s{0,8}\d{1,10}\):\s)?`;
const VM_FRAME = new RegExp(String.raw`^${LOGCAT}\s*#\d{1,5}\s+(.{1,500}?) \(([^()]{1,600}?\.dart)(?::(\d{1,7}))?(?::(\d{1,7}))?\)\s*$`);
/**
 * The IDE's and DevTools' console print a frame on two lines, the member, then its location
 * (shortened with `…` inside the path) on a line of its own:
 *   #0      MyAppsModel.getUpdateAvailable
 *   package:software/…/my_apps/my_apps_model.dart:198
 * Read as no frame before, two apps' `type 'Null' is not a subtype of type 'String'` were one.
 */
const MEMBER_ONLY = new RegExp(String.raw`^${LOGCAT}\s*#\d{1,5}\s+([^\s(][^()]{0,500}?)\s*$`);
const LOCATION_LINE = /^\s*((?:package:|dart:|file:\/\/)\S{1,600}?\.dart|\/\S{1,600}?\.dart):(\d{1,7})(?::(\d{1,7}))?\s*$/;
const TWO_LINE_FRAME = /^[^\n]{0,140}#\d{1,5}\s+[^\s(][^()\n]{0,500}\n\s*(?:package:|dart:|file:\/\/|\/)\S{1,600}\.dart:\d{1,7}/m;
// A location that is Dart's: a `dart:` library, a `package:` URI, or a file ending in `.dart`.
const TERSE_LOCATION = String.raw`(?:dart:[\w-]{1,60}(?:\/[^\s]{1,400})?|package:[^\s]{1,400}|[^\s]{1,400}\.dart)`;
const TERSE_FRAME = new RegExp(String.raw`^\s*(${TERSE_LOCATION})(?: (\d{1,7})(?::(\d{1,7}))?)?\s{2,}(\S.{0,500}?)\s*$`);
// `FormatException: Invalid radix-10 number`; most of Dart's errors print no type (`Bad state:
// No element` is a StateError), so the event's exception.type usually names it.
const HEADER = /^([A-Z_$][\w$]{0,200}(?:Exception|Error)): ?(.*)$/;

// The detector's tests, on the whole sample: a VM frame line, or a terse one with its line number.
const VM_FRAME_LINE = new RegExp(String.raw`^${LOGCAT}\s*#\d{1,5}\s+\S.{0,500} \([^()]{1,600}\.dart(?::\d{1,7}){0,2}\)\s*$`, 'm');
const TERSE_FRAME_LINE = new RegExp(String.raw`^\s*${TERSE_LOCATION} \d{1,7}(?::\d{1,7})?\s{2,}\S`, 'm');

export function looksLikeDart(text: string): boolean {
  if (!text.includes('.dart') && !text.includes('dart:')) return false;
  return VM_FRAME_LINE.test(text) || TERSE_FRAME_LINE.test(text) || TWO_LINE_FRAME.test(text);
}

export function parseDart(text: string): ParsedTrace {
  const frames: RawFrame[] = [];
  let type = 'Error';
  let message = '';
  // A member printed without its location, waiting for the location on the next line.
  let member: string | undefined;
  for (const line of traceLines(text)) {
    const at = member !== undefined ? LOCATION_LINE.exec(line) : null;
    if (at) {
      const frame: RawFrame = { function: member, file: at[1], line: Number(at[2]) };
      if (at[3]) frame.column = Number(at[3]);
      if (frames.length < LIMITS.maxFrames) frames.push(frame);
      member = undefined;
      continue;
    }
    member = undefined;
    const vm = VM_FRAME.exec(line);
    const terse = vm ? null : TERSE_FRAME.exec(line);
    if (vm || terse) {
      const frame: RawFrame = vm ? { function: vm[1], file: vm[2] } : { function: terse![4], file: terse![1] };
      const lineNumber = vm ? vm[3] : terse![2];
      const column = vm ? vm[4] : terse![3];
      if (lineNumber) frame.line = Number(lineNumber);
      if (column) frame.column = Number(column);
      if (frames.length < LIMITS.maxFrames) frames.push(frame);
      continue;
    }
    const named = MEMBER_ONLY.exec(line);
    if (named) {
      member = named[1];
      continue;
    }
    // What comes before the frames is the error as Dart prints it; markers between them
    // (`<asynchronous suspension>`, `===== asynchronous gap ===`) are not frames.
    const trimmed = line.trim();
    if (frames.length > 0 || !trimmed || trimmed === 'Unhandled exception:') continue;
    const header = HEADER.exec(trimmed);
    if (header) [type, message] = [header[1], header[2]];
    else if (!message) message = trimmed;
  }
  return { runtime: 'dart', exceptions: frames.length || message ? [{ type, message, frames }] : [] };
}

/**
 * Where a frame's code is, as it stays from one machine and build to the next: a `package:` or
 * `dart:` URI as printed (package URIs carry no version or install path), any other location by
 * the shared path rules (a `file:///` path is cut like every runtime's).
 */
function locationKey(file: string | undefined): string {
  if (!file) return '';
  if (file.startsWith('package:') || file.startsWith('dart:')) return file;
  return normalizePath(file) ?? '';
}

export const dartProfile: RuntimeProfile<'dart'> = {
  name: 'dart',
  hints: ['dart'],
  looksLike: looksLikeDart,
  parse: parseDart,
  naming: {
    // The VM names a closure `<anonymous closure>`, the terse form `<fn>`: one name for both.
    frameKey: (frame) => `${locationKey(frame.file)}:${(frame.function ?? '').replace(/<anonymous closure>/g, '<fn>')}`,
  },
  library: {
    // The SDK's libraries (`dart:`; `package:dart-sdk/` in web builds), Flutter's framework, and
    // the SDK team's async and stack-trace packages that sit between an app's frames.
    paths: /^(?:dart:|package:(?:dart-sdk|flutter|flutter_test|flutter_driver|async|stack_trace|test_api|test_core)\/)/,
  },
  stdlib: { paths: /^(?:dart:|package:dart-sdk\/)/ },
};
