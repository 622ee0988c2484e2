// The cursor of a list page, one encoding for every store: the keyset (sort value, id) of the
// last row returned, opaque to clients (base64url JSON) and bound to the sort it was issued
// for, so a client paging through the LMDB store or PostgreSQL sees one behaviour.
import type { Signature } from '../core/model.js';
import type { SortOrder } from '../core/ports.js';
import { InvalidCursorError } from '../core/store-errors.js';

interface CursorData {
  s: SortOrder;
  a: boolean;
  v: number;
  id: string;
}

export function sortValue(sig: Signature, sort: SortOrder): number {
  return sort === 'count' ? sig.count : sort === 'last' ? sig.lastSeenMs : sig.firstSeenMs;
}

export function encodeCursor(sort: SortOrder, ascending: boolean, sig: Signature): string {
  const data: CursorData = { s: sort, a: ascending, v: sortValue(sig, sort), id: sig.id };
  return Buffer.from(JSON.stringify(data)).toString('base64url');
}

export function decodeCursor(cursor: string, sort: SortOrder, ascending: boolean): [number, string] {
  let data: Partial<CursorData>;
  try {
    data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorData>;
  } catch {
    throw new InvalidCursorError('cursor is not one this server issued');
  }
  if (typeof data !== 'object' || data === null || typeof data.v !== 'number' || !Number.isFinite(data.v) || typeof data.id !== 'string') {
    throw new InvalidCursorError('cursor is not one this server issued');
  }
  if (data.s !== sort || data.a !== ascending) {
    throw new InvalidCursorError(`cursor belongs to sort=${data.s}${data.a ? ' ascending' : ''}; repeat the query with the same sort`);
  }
  return [data.v, data.id];
}
