// A log line's `code=H12` / `err=ECONNRESET` keeps its value: it says which failure the line
// reports (src/core/fingerprint/failure-field.ts). Heroku's router writes each refused request as
// key=value fields only, its error code the one word that tells H10 (an app that crashed) from
// H12 (a request timed out); masked like any value, every router error was one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentFailureFields, isFailureField } from '../../../src/core/fingerprint/failure-field.js';

// Router lines as pasted in public threads (after `heroku[router]: `), each a real request.
const H12 = [
  // trustwallet/blockatlas#809 (2020-02-05; the thread masked the path and host with asterisks)
  'at=error code=H12 desc="Request timeout" method=GET path="/v1/binance/**********?token=RUNE-B1A" host=**********.com request_id=ddf03475-3ffd-4657-a083-3a3850c7a337 fwd="" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 protocol=http',
  // IIC2413/Syllabus-2020-2#448 (2020-12-02)
  'at=error code=H12 desc="Request timeout" method=GET path="/messages" host=apig4013.herokuapp.com request_id=cfda10ae-3ce2-46f3-adea-4439ece3c32b fwd="200.28.100.32" dyno=web.1 connect=1ms service=30000ms status=503 bytes=0 protocol=https',
  // Forum-Informationsfreiheit/offenewahlen_api#173 (2017-08-29)
  'at=error code=H12 desc="Request timeout" method=GET path="/de/api/result/nrw13/" host=nrw17-staging.offenewahlen.at request_id=3239f1eb-db5c-4516-bf8d-b641d77337eb fwd="85.236.242.92" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 protocol=http',
];
const H10 = [
  // an H10 pasted in a 2019 article on crashed Heroku apps (realtylabapp), two requests
  'at=error code=H10 desc="App crashed" method=GET path="/" host=realtylabapp.herokuapp.com request_id=74165d9f-db2a-46bd-ab9c-1a01403bd00f fwd="129.205.113.108" dyno= connect= service= status=503 bytes= protocol=https',
  'at=error code=H10 desc="App crashed" method=GET path="/favicon.ico" host=realtylabapp.herokuapp.com request_id=fa48efa2-4ddf-41e6-a633-a62cb02314bd fwd="129.205.113.108" dyno= connect= service= status=503 bytes= protocol=https',
  // a 2022 question on a crashed scraper app
  'at=error code=H10 desc="App crashed" method=GET path="/" host=scraper-papersdrop.herokuapp.com request_id=f189ac84-cfd8-4bec-9226-741250314389 fwd="157.51.25.187" dyno= connect= service= status=503 bytes= protocol=https',
];

function signatures(bodies: string[]): string[] {
  const f = createFingerprinter();
  return bodies.map((body) => f.fingerprint({ source: 'log', service: 'heroku-router', severityText: 'ERROR', body }).fingerprint);
}

describe('failure fields', () => {
  it('reads a failure key with a code or word as its value', () => {
    for (const t of ['code=H12', 'err=ECONNRESET', 'error=EOF', 'reason=Evicted', 'error_code=NoSuchKey', 'code=exited,']) expect(isFailureField(t), t).toBe(true);
    // A number, a quoted text, a path, a placeholder, any other key: a parameter as before.
    for (const t of ['code=503', 'err=49', 'error="dial', 'error=/tmp/x', 'code=<*>', 'status=sent', 'desc=<quoted>', 'method=GET']) expect(isFailureField(t), t).toBe(false);
    expect(differentFailureFields('code=H10', 'code=H12')).toBe(true);
    expect(differentFailureFields('code=H12', 'code=H12')).toBe(false);
    expect(differentFailureFields('code=H12', 'err=H12')).toBe(false);
  });

  it("keeps Heroku's router errors apart by their code, and each code's requests together", () => {
    const [a, b, c, d, e, f] = signatures([...H12, ...H10]);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(new Set([d, e, f]).size).toBe(1);
    expect(a).not.toBe(d);
  });

  it('still joins lines whose failure field holds a number or a quoted text (near misses)', () => {
    const numbers = signatures([
      'at=error code=503 method=GET path="/a" host=a.example request_id=1d2c9a4e-0000-4000-8000-000000000001 status=503',
      'at=error code=504 method=GET path="/b" host=b.example request_id=1d2c9a4e-0000-4000-8000-000000000002 status=504',
    ]);
    expect(numbers[0]).toBe(numbers[1]);
    const quoted = signatures([
      'level=error msg="query failed" error="dial tcp 10.0.0.7:5432: connect: connection refused" component=db',
      'level=error msg="query failed" error="dial tcp 10.0.0.9:5432: connect: connection refused" component=db',
    ]);
    expect(quoted[0]).toBe(quoted[1]);
  });
});
