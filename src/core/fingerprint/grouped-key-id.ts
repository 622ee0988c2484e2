// An id written in equal groups of capitals and digits between dashes: syncthing's device ID, 56
// base32 characters with their check characters written as eight groups of seven
// (`BQ6OK3J-MTQSUHM-C5OHASP-BRBC2K5-UGCCBOB-4KG6F6H-WFWPATM-C77PKQE`, lib/protocol/deviceid.go's
// String and chunkify), and keys printed in the same way (a licence or product key's five groups
// of five). Such an id names which device or key a line is about, a value of its statement;
// left a word, each of syncthing's `My ID: %s`, `Connection to %s at %s closed: %v` and
// `Device %s client is …` was one template per device.
//
// Only equal groups, at least four, each at least four characters, with a digit and a capital in
// the whole: a cipher suite's or a protocol's name (`AES-256-GCM`, `TLS1.3-TLS_AES_128_GCM_SHA256`),
// an encoding (`ISO-8859-1`), a date (`2026-12-07`) and words in capitals joined by dashes
// (`READ-ONLY`, `NO-SUCH-HOST-HERE`) have groups of different lengths or no digit, and stay
// what they were.

import { ID_EDGES } from './random-id.js';

const GROUPED = /^[A-Z0-9]{4,16}(?:-[A-Z0-9]{4,16}){3,15}$/;

/** Whether `token` (edge punctuation aside) is an id written in equal dash-separated groups (see above). */
export function isGroupedKeyId(token: string): boolean {
  if (token.length < 19) return false;
  const core = token.replace(ID_EDGES, '');
  if (!GROUPED.test(core) || !/\d/.test(core) || !/[A-Z]/.test(core)) return false;
  const groups = core.split('-');
  return groups.every((g) => g.length === groups[0].length);
}
