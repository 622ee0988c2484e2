// The node flags Rounds is run with: package.json's `start` script and the Dockerfile's
// ENTRYPOINT pass them, and the firehose bench forks its `rounds` servers with them, so the bench
// measures Rounds as it is shipped (test/project/node-flags.test.ts keeps the three in step).
// --max-semi-space-size=8: an 8 MB young-generation semi-space instead of V8's 16 MB, for a lower
// peak RSS. It was 4 MB; under an all-errors storm of large OTLP/JSON exports that young
// generation was too small for what one request allocates, which was promoted and collected
// again and again: 3–8k spans/s against 10–12k with 8 MB in the same firehose runs
// (BENCH_FIREHOSE_ERROR_RATIO=1 BENCH_FIREHOSE_BODIES=json), the healthy firehose unchanged in
// CPU (README, Memory).
export const ROUNDS_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
