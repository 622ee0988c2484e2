// The shape of a span name, for the error spans whose name is part of their fingerprint (a
// failed span without an exception: its status message and its name are all there is). The
// semantic conventions ask for low-cardinality names (`GET /users/:id`), but instrumentations
// and hand-written spans often put the request's own path or ids in them (`GET
// /api/users/123`, `process order 42`), and then every request that failed was a signature of
// its own. The shape keeps what names the operation and masks what names one request: path
// segments that are ids (numbers, uuids, hex, long tokens with digits), the query string, and
// the values the message parameteriser recognises in the other words.
import { parameterize } from './parameterize.js';

const ID = '{id}';
// A number, a uuid, 7+ hex characters with a digit, or a long token with a digit (an opaque id,
// a base64url key): a request's, not a route's.
const ID_SEGMENT = /^(?:\d{1,40}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?=[0-9a-fA-F]{0,127}\d)[0-9a-fA-F]{7,128}|(?=[\w-]{0,255}\d)[\w-]{20,256})$/;
const URL_START = /^([a-zA-Z][a-zA-Z0-9+.-]{1,20}:\/\/[^/?#\s]{1,255})(.*)$/;

/** `/api/users/123?x=1` → `/api/users/{id}`: each id segment masked, query and fragment dropped. */
function pathShape(path: string): string {
  const end = path.search(/[?#]/);
  const bare = end < 0 ? path : path.slice(0, end);
  return bare
    .split('/')
    .map((segment) => (ID_SEGMENT.test(segment) ? ID : segment))
    .join('/');
}

/** The span name with what names one request masked (see above); names without any are returned as they are. */
export function spanNameShape(name: string): string {
  if (!/[\d/]/.test(name)) return name;
  return name
    .split(' ')
    .map((token) => {
      if (token.startsWith('/')) return pathShape(token);
      const url = URL_START.exec(token);
      if (url) return url[1] + pathShape(url[2]);
      return parameterize(token);
    })
    .join(' ');
}
