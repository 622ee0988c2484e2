// The node flags Rounds is run with: package.json's `start` script and the Dockerfile's
// ENTRYPOINT pass them, and the firehose bench forks its `rounds` servers with them, so the bench
// measures Rounds as it is shipped (test/project/node-flags.test.ts keeps the three in step).
// --max-semi-space-size=4: a 4 MB young-generation semi-space instead of V8's 16 MB; measured in
// the firehose bench, peak RSS 171–228 MB instead of 253–275 MB and no CPU cost (README, Memory).
export const ROUNDS_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
