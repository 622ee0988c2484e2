// The shape of a span name that contributes to a fingerprint (src/core/fingerprint/span-name.ts):
// what names one request is masked, what names the operation stays.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { spanNameShape } from '../../../src/core/fingerprint/span-name.js';

describe('span name shape', () => {
  it.each([
    ['GET /api/users/123', 'GET /api/users/{id}'],
    ['GET /api/orders/9f1c2e4a-1b2c-4d5e-8f90-123456789abc?expand=items', 'GET /api/orders/{id}'],
    ['GET /files/3f9a2b1c/download', 'GET /files/{id}/download'],
    ['GET https://api.example.com/v1/orders/17', 'GET https://api.example.com/v1/orders/{id}'],
    ['process order 42', 'process order <int>'],
    // Low-cardinality names as the conventions ask for them are left alone.
    ['GET /v2/users/:id', 'GET /v2/users/:id'],
    ['POST /oauth2/token', 'POST /oauth2/token'],
    ['SELECT shop.orders', 'SELECT shop.orders'],
    ['GET', 'GET'],
  ])('%s', (name, shape) => expect(spanNameShape(name)).toBe(shape));

  it('one failing route is one signature whatever the ids in its span names; two routes are two', () => {
    const fp = createFingerprinter();
    const f = (spanName: string) => fp.fingerprint({ source: 'span', service: 'shop', spanName, message: 'HTTP 503' }).fingerprint;
    expect(f('GET /api/users/123')).toBe(f('GET /api/users/456'));
    expect(f('GET /api/users/123')).not.toBe(f('GET /api/orders/123'));
    expect(f('GET /api/users/123')).not.toBe(f('POST /api/users/123'));
  });
});
