// Decode-only benchmark: the selective OTLP reader vs a protobufjs full decode, side by side
// in one run, on the same SDK-built payloads (bench/payloads.ts: 512-span exports, ~550 B per
// span, 1% error spans with 20-line stack traces), uncompressed, gzip, zstd and snappy.
//
// Fairness: both sides get the same Buffers and must find the same errors. The protobufjs side
// decodes with reflection (protobufjs 8, the schema in proto/ via src/ingest/proto/schema.ts)
// and then selects error spans from the decoded objects (it does not build ErrorEvents, which
// favours it slightly). A static-code (pbjs-generated) decoder is not included: protobufjs-cli
// is not installed here; measured before on this kind of machine, static code ran ~1.9× reflection 8.x.
// The compressed rows include the inflation (zlib's gunzipSync / zstdDecompressSync, the snappy
// package's uncompressSync) for both sides, and each coding's inflation alone is its floor. Variants are interleaved round by
// round and the median round is reported; every round checks that the number of error events
// found equals the number planted, so a fast but wrong decoder fails the benchmark. Time is
// this process's CPU time (user + system): everything measured is synchronous on this thread,
// and CPU time stays meaningful on a shared machine where wall time swings with the load.
//
//   npx tsx bench/decode.ts            (or import { run } and use the rows)
import { gunzipSync, gzipSync, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { compressSync, uncompressSync } from 'snappy';
import { pathToFileURL } from 'node:url';
import { keySelection } from '../src/core/attribute-stats.js';
import { decodeTracesJson, decodeTracesProto } from '../src/ingest/decode/index.js';
import { TYPES, otlpType } from '../src/ingest/proto/schema.js';
import { buildTracePayload } from './payloads.js';

export interface DecodeBenchRow {
  decoder: string;
  encoding: 'protobuf' | 'protobuf+gzip' | 'protobuf+zstd' | 'protobuf+snappy' | 'json';
  /** Median CPU microseconds per batch. */
  usPerBatch: number;
  spansPerSec: number;
  /** Speed relative to protobufjs on the same encoding. */
  ratio: number;
}

export interface DecodeBenchOptions {
  /** Distinct payloads cycled through (different seeds). Default 8. */
  batches?: number;
  spansPerBatch?: number;
  errorRatio?: number;
  /** Measured rounds per variant; the median is reported. Default 15. */
  rounds?: number;
  /** Target wall time per round and variant, ms. Default 60. */
  roundMs?: number;
}

type Decode = (body: Buffer, json: Buffer) => number;

/** protobufjs full decode, then the error selection the receiver would need. */
function protobufjsErrors(type: ReturnType<typeof otlpType>, body: Uint8Array): number {
  const msg = type.decode(body) as unknown as {
    resourceSpans?: { scopeSpans?: { spans?: { status?: { code?: number }; events?: { name?: string }[] }[] }[] }[];
  };
  let found = 0;
  for (const rs of msg.resourceSpans ?? [])
    for (const ss of rs.scopeSpans ?? [])
      for (const span of ss.spans ?? []) {
        const exceptions = (span.events ?? []).filter((e) => e.name === 'exception').length;
        found += exceptions > 0 ? exceptions : span.status?.code === 2 ? 1 : 0;
      }
  return found;
}

export function run(options: DecodeBenchOptions = {}): DecodeBenchRow[] {
  const batches = options.batches ?? 8;
  const spans = options.spansPerBatch ?? 512;
  const rounds = options.rounds ?? 15;
  const roundMs = options.roundMs ?? 60;
  const payloads = Array.from({ length: batches }, (_, i) =>
    buildTracePayload({ spans, errorRatio: options.errorRatio ?? 0.01, stackLines: 20, seed: 1000 + i }),
  );
  const gz = payloads.map((p) => gzipSync(p.body));
  // zstd at its default level (3), as the Collector's exporters send it with `compression: zstd`.
  const zst = payloads.map((p) => zstdCompressSync(p.body));
  // Snappy's block format, as the otlp_http exporter sends `Content-Encoding: snappy`.
  const snap = payloads.map((p) => compressSync(p.body));
  const planted = payloads.map((p) => p.errors);
  const type = otlpType(TYPES.traceRequest);
  const healthyKeys = keySelection();

  const variants: { decoder: string; encoding: DecodeBenchRow['encoding']; fn: Decode }[] = [
    { decoder: 'selective reader (ours)', encoding: 'protobuf', fn: (b) => decodeTracesProto(b).events.length },
    // As Rounds runs by default (HEALTHY_BASELINE=true): also counting the healthy spans' locating attributes.
    { decoder: 'selective reader + healthy baseline (ours)', encoding: 'protobuf', fn: (b) => decodeTracesProto(b, { healthyKeys }).events.length },
    { decoder: 'protobufjs 8 reflection', encoding: 'protobuf', fn: (b) => protobufjsErrors(type, b) },
    { decoder: 'selective reader (ours)', encoding: 'protobuf+gzip', fn: (b) => decodeTracesProto(gunzipSync(b)).events.length },
    { decoder: 'protobufjs 8 reflection', encoding: 'protobuf+gzip', fn: (b) => protobufjsErrors(type, gunzipSync(b)) },
    { decoder: 'gunzip alone (floor)', encoding: 'protobuf+gzip', fn: (b) => (gunzipSync(b).length > 0 ? -1 : -1) },
    { decoder: 'selective reader (ours)', encoding: 'protobuf+zstd', fn: (b) => decodeTracesProto(zstdDecompressSync(b)).events.length },
    { decoder: 'protobufjs 8 reflection', encoding: 'protobuf+zstd', fn: (b) => protobufjsErrors(type, zstdDecompressSync(b)) },
    { decoder: 'zstd alone (floor)', encoding: 'protobuf+zstd', fn: (b) => (zstdDecompressSync(b).length > 0 ? -1 : -1) },
    { decoder: 'selective reader (ours)', encoding: 'protobuf+snappy', fn: (b) => decodeTracesProto(uncompressSync(b, { asBuffer: true }) as Buffer).events.length },
    { decoder: 'protobufjs 8 reflection', encoding: 'protobuf+snappy', fn: (b) => protobufjsErrors(type, uncompressSync(b, { asBuffer: true }) as Buffer) },
    { decoder: 'snappy alone (floor)', encoding: 'protobuf+snappy', fn: (b) => ((uncompressSync(b, { asBuffer: true }) as Buffer).length > 0 ? -1 : -1) },
    { decoder: 'JSON decoder (ours)', encoding: 'json', fn: (_b, j) => decodeTracesJson(j).events.length },
  ];
  const bodyOf = (encoding: DecodeBenchRow['encoding'], k: number) =>
    encoding === 'protobuf+gzip' ? gz[k] : encoding === 'protobuf+zstd' ? zst[k] : encoding === 'protobuf+snappy' ? snap[k] : payloads[k].body;

  const samples: number[][] = variants.map(() => []);
  const once = (v: (typeof variants)[number], k: number): void => {
    const found = v.fn(bodyOf(v.encoding, k), payloads[k].json);
    if (found !== -1 && found !== planted[k]) {
      throw new Error(`${v.decoder} (${v.encoding}) found ${found} error events, ${planted[k]} were planted`);
    }
  };
  // Warm-up: let V8 optimise every path (and protobufjs build its decoders).
  for (const v of variants) for (let i = 0; i < 30; i++) once(v, i % batches);

  for (let round = 0; round < rounds; round++) {
    variants.forEach((v, vi) => {
      let n = 0;
      const t0 = process.hrtime.bigint();
      const cpu0 = process.cpuUsage();
      do {
        once(v, n % batches);
        n++;
      } while (Number(process.hrtime.bigint() - t0) / 1e6 < roundMs || n < 2);
      const cpu = process.cpuUsage(cpu0);
      samples[vi].push((cpu.user + cpu.system) / n);
    });
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const us = samples.map(median);
  const peer = (enc: DecodeBenchRow['encoding']) => us[variants.findIndex((v) => v.encoding === enc && v.decoder.startsWith('protobufjs'))];
  return variants.map((v, i) => {
    const base = v.encoding === 'json' ? peer('protobuf') : peer(v.encoding);
    return {
      decoder: v.decoder,
      encoding: v.encoding,
      usPerBatch: us[i],
      spansPerSec: (spans / us[i]) * 1e6,
      ratio: base / us[i],
    };
  });
}

function print(rows: DecodeBenchRow[]): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log('| decoder | encoding | CPU µs / 512-span batch | spans/s per core | vs protobufjs |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.decoder} | ${r.encoding} | ${r.usPerBatch.toFixed(1)} | ${fmt(r.spansPerSec)} | ${r.ratio.toFixed(1)}× |`);
  }
  console.log('\n(json row: ratio against protobufjs on the protobuf body of the same batches)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  print(run());
}
