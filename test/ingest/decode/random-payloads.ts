// Seeded random OTLP trace and logs requests, written byte by byte (proto-writer.ts) so they
// hold everything the wire format allows: every AnyValue kind nested in arrays and kvlists,
// bytes, empty messages and empty fields, unknown fields of every wire type (groups too),
// known fields sent with a wrong wire type (skipped as unknown), repeated singular fields
// (merged), resources placed after their scope spans, odd field orders, invalid id sizes.
// Only things protobuf defines one answer for are generated, so a full protobufjs decode is
// a valid reference for every payload.
import { prng } from '../../../bench/payloads.js';
import { type Chunk, concat, double, fixed32, fixed64, group, len, msg, str, varint } from './proto-writer.js';

export type Rand = () => number;

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (rand: Rand, n: number) => Math.floor(rand() * n);

function shuffle<T>(rand: Rand, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = int(rand, i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

function randomBytes(rand: Rand, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => int(rand, 256));
}

function randomString(rand: Rand): string {
  const alphabet = ['a', 'b', 'z', '0', ' ', '.', '"', '\\', '\n', 'é', 'ß', '✓', '中', '🚀', 'exception'];
  let s = '';
  const n = int(rand, 8);
  for (let i = 0; i < n; i++) s += pick(rand, alphabet);
  return s;
}

function randomInt64(rand: Rand): bigint {
  switch (int(rand, 5)) {
    case 0:
      return BigInt(int(rand, 100));
    case 1:
      return -BigInt(int(rand, 1000) + 1);
    case 2:
      return BigInt(Math.floor((rand() - 0.5) * 2 ** 53));
    case 3:
      return BigInt.asIntN(64, (BigInt(int(rand, 2 ** 32)) << 32n) | BigInt(int(rand, 2 ** 32)));
    default:
      return pick(rand, [2n ** 63n - 1n, -(2n ** 63n), 2n ** 53n, -(2n ** 53n) - 1n, 0n]);
  }
}

/** Unknown fields (numbers the schemas do not use) of every wire type, sometimes. */
function unknowns(rand: Rand): Chunk[] {
  const out: Chunk[] = [];
  while (rand() < 0.15) {
    const f = 100 + int(rand, 900);
    switch (int(rand, 5)) {
      case 0:
        out.push(varint(f, randomInt64(rand)));
        break;
      case 1:
        out.push(fixed64(f, BigInt(int(rand, 2 ** 32))));
        break;
      case 2:
        out.push(fixed32(f, int(rand, 2 ** 32)));
        break;
      case 3:
        out.push(len(f, randomBytes(rand, int(rand, 20))));
        break;
      default:
        out.push(group(f, [varint(1, 5), str(2, 'x'), group(f + 1, [fixed32(3, 9)])]));
    }
  }
  return out;
}

/** A KeyValue-less AnyValue payload (the message body, without its own tag). */
export function anyValue(rand: Rand, depth: number): Chunk {
  const kinds = depth >= 3 ? 6 : 8;
  const parts: Chunk[] = [];
  switch (int(rand, kinds)) {
    case 0:
      parts.push(str(1, randomString(rand)));
      break;
    case 1:
      parts.push(varint(2, rand() < 0.5 ? 1 : 0));
      break;
    case 2:
      parts.push(varint(3, randomInt64(rand)));
      break;
    case 3:
      parts.push(double(4, pick(rand, [0, -0, 1.5, -2.25e100, Number.MAX_VALUE, rand() * 1e6])));
      break;
    case 4:
      parts.push(len(7, randomBytes(rand, int(rand, 12))));
      break;
    case 5:
      break; // no member set: null
    case 6:
      parts.push(msg(5, Array.from({ length: int(rand, 4) }, () => msg(1, [anyValue(rand, depth + 1)]))));
      break;
    default:
      parts.push(msg(6, Array.from({ length: int(rand, 4) }, () => msg(1, [keyValue(rand, depth + 1)]))));
  }
  return concat(shuffle(rand, [...parts, ...unknowns(rand)]));
}

const KEYS = ['http.method', 'user.id', 'exception.type', 'exception.message', 'exception.stacktrace', 'k', '', 'ключ', 'service.name', 'service.version'];

/** One KeyValue message body. */
export function keyValue(rand: Rand, depth = 0): Chunk {
  const parts: Chunk[] = [str(1, pick(rand, KEYS))];
  if (rand() < 0.95) parts.push(msg(2, [anyValue(rand, depth)]));
  return concat(shuffle(rand, [...parts, ...unknowns(rand)]));
}

const attrs = (rand: Rand, field: number, max: number): Chunk[] => Array.from({ length: int(rand, max + 1) }, () => msg(field, [keyValue(rand)]));

function id(rand: Rand, size: number, badRate: number): Uint8Array {
  const r = rand();
  if (r < badRate) return randomBytes(rand, pick(rand, [1, 5, size - 1, size + 1, 32]));
  if (r < badRate + 0.05) return new Uint8Array(0);
  return randomBytes(rand, size);
}

const time = (rand: Rand): bigint => (rand() < 0.1 ? 0n : 1_700_000_000_000_000_000n + BigInt(int(rand, 2 ** 31)) * 1_000_000_000n + BigInt(int(rand, 1e9)));

function resourceAndScopes(rand: Rand, scopeItems: (rand: Rand) => Chunk[]): Chunk {
  const resource: Chunk[] = [];
  if (rand() < 0.9) {
    const kv = [msg(1, [str(1, 'service.name'), msg(2, [str(1, pick(rand, ['api', 'worker', '']))])]), ...attrs(rand, 1, 4)];
    if (rand() < 0.5) kv.push(msg(1, [str(1, 'deployment.environment'), msg(2, [str(1, 'prod')])]));
    if (rand() < 0.5) kv.push(msg(1, [str(1, 'k8s.pod.name'), msg(2, [str(1, 'pod-1')])]));
    resource.push(msg(1, shuffle(rand, [...kv, varint(2, int(rand, 3)), ...unknowns(rand)])));
    if (rand() < 0.1) resource.push(msg(1, attrs(rand, 1, 2))); // a repeated Resource: merged
  }
  const scopes: Chunk[] = [];
  const nScopes = int(rand, 4);
  for (let s = 0; s < nScopes; s++) {
    const scope: Chunk[] = [];
    if (rand() < 0.8) {
      const sp: Chunk[] = [];
      if (rand() < 0.8) sp.push(str(1, pick(rand, ['lib', 'http', '', 'ü'])));
      if (rand() < 0.5) sp.push(str(2, pick(rand, ['1.0', ''])));
      sp.push(...attrs(rand, 3, 2));
      scope.push(msg(1, shuffle(rand, [...sp, ...unknowns(rand)])));
    }
    scope.push(...scopeItems(rand));
    if (rand() < 0.2) scope.push(str(3, 'https://opentelemetry.io/schemas/1.26.0'));
    scopes.push(msg(2, shuffle(rand, [...scope, ...unknowns(rand)])));
  }
  const parts = [...scopes, ...unknowns(rand)];
  if (rand() < 0.2) parts.push(str(3, 'schema'));
  // The resource usually comes first, as SDKs write it, but not always.
  return msg(1, rand() < 0.8 ? [...resource, ...parts] : [...parts, ...resource]);
}

function span(rand: Rand, badIds: number): Chunk {
  const parts: Chunk[] = [len(1, id(rand, 16, badIds)), len(2, id(rand, 8, badIds))];
  if (rand() < 0.5) parts.push(len(4, id(rand, 8, badIds / 2)));
  if (rand() < 0.3) parts.push(str(3, 'rojo=00f067aa0ba902b7'));
  parts.push(str(5, pick(rand, ['GET /', 'db.query', '', 'ünï'])));
  if (rand() < 0.8) parts.push(varint(6, int(rand, 6)));
  parts.push(fixed64(7, time(rand)), fixed64(8, time(rand)));
  parts.push(...attrs(rand, 9, 5));
  const nEvents = int(rand, 4);
  for (let e = 0; e < nEvents; e++) {
    const ev: Chunk[] = [];
    if (rand() < 0.9) ev.push(fixed64(1, time(rand)));
    ev.push(str(2, pick(rand, ['exception', 'exception', 'log', 'Exception', 'exceptions'])));
    if (rand() < 0.1) ev.push(str(2, pick(rand, ['exception', 'other']))); // repeated name: last wins
    ev.push(...attrs(rand, 3, 4));
    if (rand() < 0.3) ev.push(varint(4, 1));
    parts.push(msg(11, shuffle(rand, [...ev, ...unknowns(rand)])));
  }
  if (rand() < 0.3) parts.push(msg(13, [len(1, randomBytes(rand, 16)), len(2, randomBytes(rand, 8)), ...attrs(rand, 4, 2), fixed32(6, 1)]));
  if (rand() < 0.7) {
    const st: Chunk[] = [];
    if (rand() < 0.6) st.push(str(2, pick(rand, ['boom', '', 'timeout after 30s'])));
    if (rand() < 0.9) st.push(varint(3, pick(rand, [0, 1, 2, 2, 2, 3, -1])));
    parts.push(msg(15, st));
    if (rand() < 0.1) parts.push(msg(15, rand() < 0.5 ? [varint(3, pick(rand, [0, 1, 2]))] : [str(2, 'second')])); // merged
  }
  if (rand() < 0.5) parts.push(fixed32(16, 0x101));
  for (const n of [10, 12, 14]) if (rand() < 0.3) parts.push(varint(n, int(rand, 4)));
  // A known field with the wrong wire type is an unknown field to every decoder.
  if (rand() < 0.05) parts.push(varint(5, 7), fixed32(15, 2));
  return msg(2, shuffle(rand, [...parts, ...unknowns(rand)]));
}

export function randomTraceRequest(seed: number, badIds = 0.02): Uint8Array {
  const rand = prng(seed);
  const parts: Chunk[] = [];
  const n = int(rand, 4);
  for (let i = 0; i < n; i++) parts.push(resourceAndScopes(rand, (r) => Array.from({ length: int(r, 12) }, () => span(r, badIds))));
  return concat(shuffle(rand, [...parts, ...unknowns(rand)]));
}

function logRecord(rand: Rand, badIds: number): Chunk {
  const parts: Chunk[] = [];
  if (rand() < 0.8) parts.push(fixed64(1, time(rand)));
  if (rand() < 0.8) parts.push(fixed64(11, time(rand)));
  if (rand() < 0.9) parts.push(varint(2, pick(rand, [0, 5, 9, 13, 16, 17, 18, 21, 24, -3])));
  if (rand() < 0.7) parts.push(str(3, pick(rand, ['ERROR', 'warn', '', 'Fatal'])));
  if (rand() < 0.8) parts.push(msg(5, [anyValue(rand, 0)]));
  parts.push(...attrs(rand, 6, 5));
  if (rand() < 0.3) parts.push(varint(7, 2));
  if (rand() < 0.5) parts.push(fixed32(8, 1));
  if (rand() < 0.6) parts.push(len(9, id(rand, 16, badIds)));
  if (rand() < 0.6) parts.push(len(10, id(rand, 8, badIds)));
  if (rand() < 0.2) parts.push(str(12, 'app.exception'));
  if (rand() < 0.05) parts.push(fixed32(2, 20), varint(3, 1)); // wrong wire types: unknown
  return msg(2, shuffle(rand, [...parts, ...unknowns(rand)]));
}

export function randomLogsRequest(seed: number, badIds = 0.02): Uint8Array {
  const rand = prng(seed);
  const parts: Chunk[] = [];
  const n = int(rand, 4);
  for (let i = 0; i < n; i++) parts.push(resourceAndScopes(rand, (r) => Array.from({ length: int(r, 12) }, () => logRecord(r, badIds))));
  return concat(shuffle(rand, [...parts, ...unknowns(rand)]));
}
