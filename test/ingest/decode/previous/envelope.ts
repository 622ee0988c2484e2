// The reader as it was before its skip path was reworked (commit 27b9a7e): the reference
// test/ingest/decode/equivalence.test.ts compares the current readers with. Not used by src/.
// The part of an OTLP export request both signals share: Export{Trace,Logs}ServiceRequest
// holds repeated Resource{Spans,Logs} (field 1), each holding a Resource (field 1) and
// repeated Scope{Spans,Logs} (field 2). Field numbers: opentelemetry/proto/collector/*/v1 and
// trace.proto / logs.proto. The walk records offsets only; the signal's own reader decides
// what inside a scope is worth decoding.
import { eachLengthDelimited, Reader, WIRE_END_GROUP, WIRE_LEN } from './wire.js';

export interface ResourceVisitor {
  /** A new resource begins: its Resource field(s) lie at [start, end, …] of `resourceRanges`. */
  resource(resourceRanges: number[]): void;
  /** One Scope{Spans,Logs} message of that resource, at r.pos … end. */
  scope(end: number): void;
}

/** Walks the request's resources in order, handing each scope message to the visitor. */
export function walkRequest(r: Reader, resourceMessage: string, visit: ResourceVisitor): void {
  const resourceRanges: number[] = [];
  const scopes: number[] = [];
  eachLengthDelimited(r, r.length, 1, 'export request', (stop) => {
    walkResource(r, stop, resourceMessage, resourceRanges, scopes);
    visit.resource(resourceRanges);
    for (let i = 0; i < scopes.length; i += 2) {
      r.pos = scopes[i];
      visit.scope(scopes[i + 1]);
    }
    r.pos = stop;
  });
}

/**
 * Reads a Resource{Spans,Logs}' own fields first (a handful), so the resource is known
 * wherever it sits on the wire; the scopes are then walked in order by the caller.
 */
function walkResource(r: Reader, end: number, message: string, resourceRanges: number[], scopes: number[]): void {
  resourceRanges.length = 0;
  scopes.length = 0;
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if ((field === 1 || field === 2) && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      (field === 1 ? resourceRanges : scopes).push(r.pos, stop);
      r.pos = stop;
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, message);
}
