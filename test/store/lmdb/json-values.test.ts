import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, type DatabaseOptions } from 'lmdb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTables, openTables } from '../../../src/store/lmdb/environment.js';
import { jsonValues } from '../../../src/store/lmdb/json-values.js';

const OPTIONS = { useRecords: false, mapsAsObjects: true };
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rounds-json-values-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('JSON text values (store/lmdb/json-values.ts)', () => {
  const encoder = jsonValues(OPTIONS);

  it('writes plain rows as JSON text behind the marker byte and reads them back equal', () => {
    const row = { id: 'a1b2c3d4e5f6', count: 3, releases: ['1.2.0'], keys: { 'http.route': { values: { '/orders/:id': 2, 'é': 1 }, other: 0 } }, regressed: false };
    const bytes = encoder.encode(row);
    expect(bytes[0]).toBe(0xc1);
    expect(bytes.subarray(1).toString('utf8')).toBe(JSON.stringify(row));
    expect(encoder.decode(bytes)).toEqual(row);
  });

  it('keeps msgpack for what JSON would not give back: null, NaN, infinities, holes, BigInt', () => {
    const lossy: unknown[] = [{ a: null }, { a: Number.NaN }, { a: Number.POSITIVE_INFINITY }, { a: [1, undefined, 2] }, [null, 1], [1, Number.NaN], null, Number.NaN, { a: 10n }, { message: 'a string quoting key:null' }];
    for (const value of lossy) {
      const bytes = encoder.encode(value);
      expect(bytes[0]).not.toBe(0xc1);
      expect(encoder.decode(bytes)).toEqual(value);
    }
    // NaN decodes as NaN, not as null (toEqual treats them alike, Object.is does not).
    expect(Object.is((encoder.decode(encoder.encode({ a: Number.NaN })) as { a: number }).a, Number.NaN)).toBe(true);
  });

  it('keeps JSON for a string that only mentions null, as JavaScript errors do', () => {
    const row = { message: "TypeError: Cannot read properties of null (reading 'id')", type: 'TypeError' };
    const bytes = encoder.encode(row);
    expect(bytes[0]).toBe(0xc1);
    expect(encoder.decode(bytes)).toEqual(row);
  });

  it('reads only the value’s own bytes from a longer read buffer', () => {
    const bytes = encoder.encode({ count: 1 });
    const longer = Buffer.concat([bytes, Buffer.from('garbage after the value')]);
    expect(encoder.decode(longer, bytes.length)).toEqual({ count: 1 });
  });

  it('reads rows a store of schema 7 wrote as msgpack maps, and writes their next version as JSON text', async () => {
    const dir = tempDir();
    const row = { id: 'a1b2c3d4e5f6', count: 7, message: 'connection refused', tags: [] };
    const old = open({ path: `${dir}/rounds.mdb`, maxDbs: 16 });
    const signatures = old.openDB({ name: 'signatures', ...OPTIONS } as DatabaseOptions & { name: string });
    await signatures.put(0, row);
    await old.close();
    const tables = openTables(dir);
    try {
      expect(tables.signatures.getBinary(0)?.[0]).not.toBe(0xc1);
      expect(tables.signatures.get(0)).toEqual(row);
      await tables.signatures.put(0, { ...row, count: 8 });
      expect(tables.signatures.getBinary(0)?.[0]).toBe(0xc1);
      expect(tables.signatures.get(0)).toEqual({ ...row, count: 8 });
      expect([...tables.signatures.getRange({})].map((e) => e.value)).toEqual([{ ...row, count: 8 }]);
    } finally {
      await closeTables(tables);
    }
  });
});
