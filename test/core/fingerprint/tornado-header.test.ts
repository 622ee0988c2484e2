// Tornado's own header, `[L yymmdd hh:mm:ss module:line] ` (tornado.log's LogFormatter), loses its
// level's letter and time and keeps its module and line (transport-header.ts). Real lines:
// Tornado 6.6.1's access line (web.py's Application.log_request, one statement written at INFO,
// WARNING or ERROR by the status) from programs/tornado (server-logs-13.test.ts): the letter
// made one statement three signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutTransportHeader } from '../../../src/core/fingerprint/transport-header.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'tracking', body }).fingerprint;

describe("Tornado's LogFormatter header", () => {
  it('the access line at INFO, ERROR and WARNING is one signature', () => {
    const f = createFingerprinter();
    const ok = log(f, '[I 261205 20:35:50 web:2591] 200 GET /shipments/S-100 (127.0.0.1) 22.03ms');
    const failed = log(f, '[E 261205 20:35:50 web:2591] 500 GET /shipments/S-999 (127.0.0.1) 27.55ms');
    const missing = log(f, '[W 261205 20:35:50 web:2591] 404 GET /nowhere (127.0.0.1) 27.40ms');
    expect(failed).toBe(ok);
    expect(missing).toBe(ok);
    expect(withoutTransportHeader('[E 261205 20:35:50 web:2108] Uncaught exception GET /shipments/S-999 (127.0.0.1)')).toBe('web:2108] Uncaught exception GET /shipments/S-999 (127.0.0.1)');
  });

  it('near misses: another module or line is another statement; brackets that are no such header stay', () => {
    const f = createFingerprinter();
    const access = log(f, '[W 261205 20:35:50 web:2591] 400 GET /carrier (127.0.0.1) 0.54ms');
    const reason = log(f, '[W 261205 20:35:50 web:2106] 400 GET /carrier (127.0.0.1): Missing argument url');
    expect(reason).not.toBe(access);
    const refused = log(f, '[E 261205 20:35:50 app:45] carrier lookup http://127.0.0.1:47649/track failed: [Errno 111] Connection refused');
    const noName = log(f, '[E 261205 20:35:50 app:45] carrier lookup http://api.carrier.invalid/track failed: [Errno -2] Name or service not known');
    expect(noName).not.toBe(refused);
    // a level in brackets without the time and module (hclog's, a CI's) is not Tornado's header
    expect(withoutTransportHeader('[E] 261205 connection lost')).toBe('[E] 261205 connection lost');
    expect(withoutTransportHeader('[E 261205 20:35:50] web: connection lost')).toBe('[E 261205 20:35:50] web: connection lost');
  });
});
