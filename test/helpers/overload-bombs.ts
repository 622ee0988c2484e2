// Decompression bombs for the overload tests and bench: gzip of zeros (about 1,000:1), sent
// over OTLP/HTTP (Content-Encoding: gzip) or as a compressed OTLP/gRPC message over raw HTTP/2
// (grpc-encoding: gzip, compressed flag 1), and the receiving process's memory from /proc.
import { readFileSync } from 'node:fs';
import { connect as connectHttp2 } from 'node:http2';
import { createGzip } from 'node:zlib';
import { TRACE_PATH } from './otlp-requests.js';

/** `mib` MiB of zeros, gzip-compressed at level 9. */
export async function gzipZeros(mib: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (d: Buffer) => out.push(d));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mib; i++) gzip.write(zeros);
  gzip.end();
  await done;
  return Buffer.concat(out);
}

/** POSTs a gzip body to /v1/traces; resolves with `http <status>` and the Retry-After header. */
export async function httpBomb(port: number, body: Buffer, authorization?: string): Promise<{ answer: string; retryAfter: string | null }> {
  const res = await fetch(`http://127.0.0.1:${port}/v1/traces`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip', ...(authorization ? { authorization } : {}) },
  });
  await res.arrayBuffer();
  return { answer: `http ${res.status}`, retryAfter: res.headers.get('retry-after') };
}

/** A unary gRPC call over raw HTTP/2 carrying an already-compressed message; resolves with `grpc <status>`. */
export function grpcBomb(port: number, message: Buffer, authorization?: string): Promise<string> {
  return new Promise((resolve) => {
    const session = connectHttp2(`http://127.0.0.1:${port}`);
    session.on('error', () => resolve('grpc connection error'));
    const stream = session.request({ ':method': 'POST', ':path': TRACE_PATH, 'content-type': 'application/grpc', te: 'trailers', 'grpc-encoding': 'gzip', ...(authorization ? { authorization } : {}) });
    let status = -1;
    const read = (h: Record<string, unknown>) => h['grpc-status'] !== undefined && (status = Number(h['grpc-status']));
    stream.on('response', read);
    stream.on('trailers', read);
    stream.on('data', () => {});
    stream.on('error', () => {});
    stream.on('close', () => {
      session.close();
      resolve(`grpc ${status}`);
    });
    const prefix = Buffer.alloc(5);
    prefix[0] = 1;
    prefix.writeUInt32BE(message.length, 1);
    stream.end(Buffer.concat([prefix, message]));
  });
}

/** Resident set (VmRSS) and its high-water mark (VmHWM) of a process, in bytes (Linux /proc). */
export function processMemory(pid: number): { rss: number; peak: number; anon: number; file: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  // RssAnon is the process's own memory (heaps, buffers, threads); RssFile the files it has mapped
  // and touched (its code, the LMDB store's pages: page cache the kernel can take back).
  return { rss: kib('VmRSS'), peak: kib('VmHWM'), anon: kib('RssAnon'), file: kib('RssFile') };
}
