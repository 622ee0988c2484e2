// A frame's contribution to a fingerprint, named by its runtime's profile (stacktrace/<runtime>.ts,
// `naming`): what stays the same between builds, hosts and deploys of the same code
// (normalize.ts has the shared pieces and the reasons).
import { moduleFrameKey } from './normalize.js';
import { profileOf } from './stacktrace/registry.js';
import type { RawFrame, Runtime } from './types.js';

/**
 * The frame's key: the runtime's own `frameKey` when it has one (JavaScript, Python, Ruby, Go, PHP),
 * else `module.function` where the frame names a module and `path:function` otherwise, after
 * the runtime's name rules.
 */
export function frameKey(frame: RawFrame, runtime: Runtime): string {
  const naming = profileOf(runtime)?.naming;
  return naming?.frameKey ? naming.frameKey(frame) : moduleFrameKey(frame, naming?.rules);
}
