// A JSON object a log line dumps after a label in a sentence is one value, to its closing brace
// (labelled-json-dump.ts): rtpengine 10.5.3.5's control_ng.c `Dump for '%.*s' from %s: %s` and
// `Response dump for '%.*s' to %s: %s` made a template per set of keys the ng message carried
// (programs/rtpengine, server-logs-55.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { labelledJsonDumpEnd } from '../../../src/core/fingerprint/labelled-json-dump.js';
import { resolveAliases } from '../../helpers/loghub.js';

function together(a: string, b: string): boolean {
  const fp = createFingerprinter();
  const ids = resolveAliases([a, b, a, b].map((body) => fp.fingerprint({ source: 'log', service: 'rtpengine', body })));
  return ids[0] === ids[1];
}

describe('a JSON object dumped after a label', () => {
  it('is one value whatever keys it holds, on one line or over several', () => {
    expect(together(
      `DEBUG: [nosdp@pbx.example]: [control] Dump for 'offer' from 127.0.0.1:57698: { "call-id": "nosdp@pbx.example", "command": "offer", "from-tag": "frank" }`,
      `DEBUG: [ifc@pbx.example]: [control] Dump for 'offer' from 127.0.0.1:57698: { "call-id": "ifc@pbx.example", "command": "offer", "from-tag": "ned", "interface": "no-such-interface" }`,
    )).toBe(true);
    expect(together(
      `DEBUG: [y@pbx.example]: [control] Response dump for 'delete' to 127.0.0.1:57698: { "warning": "Call-ID not found or tags didn't match", "result": "ok" }`,
      `DEBUG: [x@pbx.example]: [control] Response dump for 'delete' to 127.0.0.1:57698: { "created": 1796618117, "last signal": 1796618117, "SSRC": {  }, "tags": {\n "alice-0": { "tag": "alice-0" } }, "result": "ok" }`,
    )).toBe(true);
    // (A record with a message key, `{"event":…}` or `{"msg":…}`, is read as its message: log-body.ts.)
    expect(together('Received webhook payload: {"ref":"main","forced":false} from github', 'Received webhook payload: {"zen":"Keep it simple.","hook_id":3} from github')).toBe(true);
  });

  it("near miss: an object reporting a failure keeps its words (monstache's items Elasticsearch's bulk API refused)", () => {
    const item = (error: string) => `ERROR 2026/12/07 05:40:01 Bulk response item: {"_index":"listings","_type":"_doc","_id":"6571f0c2","status":${error}}`;
    expect(together(
      item('429,"error":{"type":"cluster_block_exception","reason":"index [listings] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"}'),
      item('400,"error":{"type":"mapper_parsing_exception","reason":"failed to parse field [price] of type [float] in document with id \'6571f0c2\'"}'),
    )).toBe(false);
    expect(labelledJsonDumpEnd(['Response', 'dump', 'for', "'offer'", 'to', '<ip>:<int>:', '{', '"result":', '"error",', '"error-reason":', '"Unknown', 'call-id"', '}'], 6)).toBe(-1);
    // A count of errors reports none: still one value.
    expect(labelledJsonDumpEnd(['stats', 'for', 'port', '<int>:', '{', '"errors":', '2,', '"packets":', '14', '}'], 4)).toBe(9);
  });

  it('ends at its closing brace: what the line says after it is read as before', () => {
    expect(labelledJsonDumpEnd(['payload:', '{"a":', '"}",', '"b":', '[1,', '2]}', 'rejected'], 1)).toBe(5);
    expect(together('request body: {"id": 7} rejected by upstream', 'request body: {"id": 9, "name": "x"} accepted by upstream')).toBe(false);
  });

  it('near misses: a JSON record that is the message, a nested object, a brace after a word, bare keys, an exception message', () => {
    // Sidekiq's JSON record after its time, pid and level: the record is the message.
    expect(labelledJsonDumpEnd(['<date>', 'pid=<*>', 'tid=<*>', 'WARN:', '{"context":"Job'], 4)).toBe(-1);
    // Samba's audit record: an object nested under its key.
    expect(labelledJsonDumpEnd(['{"type":', '"Authentication",', '"Authentication":', '{"version":', '1}}'], 3)).toBe(-1);
    expect(labelledJsonDumpEnd(['state', '{"a":', '1}'], 1)).toBe(-1);
    expect(labelledJsonDumpEnd(['config', 'value:', '{Name:foo}'], 2)).toBe(-1);
    expect(labelledJsonDumpEnd(['template', 'value:', '{name}'], 2)).toBe(-1);
    expect(together('sending event: {"type": "created"}', 'sending event: {"type": "deleted", "id": 3} failed')).toBe(false);
  });
});
