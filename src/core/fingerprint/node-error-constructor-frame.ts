// Node's own error constructors on top of a trace of Node's code alone. Node 20.9 built its
// internal errors with the NodeError class and V8 recorded the constructor's frame:
//   at new NodeError (node:internal/errors:406:5)
//   at assert (node:internal/assert:14:11)
//   at internalConnectMultiple (node:net:1118:3)
// Node 20.11 builds them without that frame (its copies start at `assert`), so one internal
// assertion printed by the two releases had two crash sites where no frame is the
// application's and the top frames are keyed (nodejs/node#50765 and #51489, which the maintainers
// closed as duplicates of #51354; threads-55). A frame of Node's internal errors module
// (`node:internal/errors`, before Node 15 `internal/errors.js`) only makes the error: the
// frames below it say where it was raised. The module's frames are skipped from the top down to
// the first frame of another file; a trace that holds nothing else keeps them.
import type { RawFrame, Runtime } from './types.js';

const NODE_ERRORS_MODULE = /^(?:node:)?internal\/errors(?:\.js)?$/;

/** The frames below Node's error-constructing frames at the top (JavaScript only). */
export function withoutNodeErrorConstruction(frames: readonly RawFrame[], runtime: Runtime): readonly RawFrame[] {
  if (runtime !== 'javascript') return frames;
  let i = 0;
  while (i < frames.length && NODE_ERRORS_MODULE.test(frames[i].file ?? '')) i++;
  return i > 0 && i < frames.length ? frames.slice(i) : frames;
}
