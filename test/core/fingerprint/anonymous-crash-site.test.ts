// An anonymous function's frame is keyed by its file alone (`at /app/app.js:18:25` →
// `app/app.js:`), and line numbers never contribute: every inline route handler of an Express
// app's one file had one crash site, and their failures of one type one signature
// (express-app.test.ts: four handlers' TypeErrors). A server or consumer span's name (the route
// or queue) says which handler it was.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const SERVER = 2;
const INTERNAL = 1;
const CONSUMER = 5;

function trace(site: string, prop: string): string {
  return [`TypeError: Cannot read properties of undefined (reading '${prop}')`, `    at ${site}`, '    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)', '    at next (/app/node_modules/express/lib/router/route.js:149:13)', '    at Route.dispatch (/app/node_modules/express/lib/router/route.js:119:3)'].join('\n');
}
function print(site: string, spanName: string | undefined, spanKind: number | undefined, prop = 'profile') {
  return createFingerprinter().fingerprint({ source: 'span', service: 'shop', runtime: 'nodejs', type: 'TypeError', message: `Cannot read properties of undefined (reading '${prop}')`, stacktrace: trace(site, prop), spanName, spanKind });
}

describe('an anonymous crash site', () => {
  it("is told apart by the server span's route", () => {
    const users = print('/app/app.js:18:25', 'GET /users/:id', SERVER);
    const orders = print('/app/app.js:23:33', 'GET /orders/:id', SERVER, 'lines');
    expect(users.fingerprint).not.toBe(orders.fingerprint);
    expect(users.explain.some((e) => e.startsWith("crash site's handler: GET /users/:id — contributes"))).toBe(true);
    expect(print('/app/app.js:18:25', 'orders.created', CONSUMER).fingerprint).not.toBe(print('/app/app.js:30:9', 'orders.paid', CONSUMER).fingerprint);
  });

  it('keeps one handler one signature when the span name carries the request (ids masked)', () => {
    expect(print('/app/app.js:18:25', 'GET /users/42', SERVER).fingerprint).toBe(print('/app/app.js:18:25', 'GET /users/1203', SERVER).fingerprint);
  });

  describe('near misses: the route does not contribute', () => {
    it('a named crash site, whatever route reached it', () => {
      const a = print('tags (/app/app.js:41:30)', 'GET /tags', SERVER);
      const b = print('tags (/app/app.js:41:30)', 'GET /labels', SERVER);
      expect(a.fingerprint).toBe(b.fingerprint);
      expect(a.explain.some((e) => e.startsWith("crash site's handler"))).toBe(false);
    });

    it('a span whose name is not a route (internal), or none', () => {
      expect(print('/app/app.js:18:25', 'render', INTERNAL).fingerprint).toBe(print('/app/app.js:18:25', 'load', INTERNAL).fingerprint);
      expect(print('/app/app.js:18:25', undefined, SERVER).explain.some((e) => e.startsWith("crash site's handler"))).toBe(false);
    });

    it('an anonymous frame below a named in-app one is not the crash site', () => {
      expect(print('Object.handler (/app/app.js:18:25)', 'GET /a', SERVER).fingerprint).toBe(print('Object.handler (/app/app.js:18:25)', 'GET /b', SERVER).fingerprint);
    });
  });
});
