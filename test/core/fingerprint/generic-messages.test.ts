// The message of a generic exception at an in-app crash site contributes its template only
// (docs/fingerprinting.md "Messages of generic types"): a word echoed from the input is a
// value, a word that states a kind of failure keeps two messages apart.
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type Fingerprinter } from '../../../src/core/fingerprint/index.js';

const javaAt = (fn: string, type: string, message: string) => ({
  source: 'span' as const,
  service: 'shop',
  type,
  message,
  stacktrace: `${type}: ${message}\n\tat com.acme.Shop.${fn}(Shop.java:33)\n\tat com.acme.Shop.checkout(Shop.java:80)\n\tat com.acme.Shop.main(Shop.java:110)\n`,
});
const iae = (fn: string, message: string) => javaAt(fn, 'java.lang.IllegalArgumentException', message);
const fingerprints = (fp: Fingerprinter, inputs: ReturnType<typeof javaAt>[]) => inputs.map((i) => fp.fingerprint(i).fingerprint);

describe('messages of generic exceptions at an in-app crash site', () => {
  it('one throw site echoing words of the input is one signature, whatever the order', () => {
    const messages = ['discount abc out of range', 'discount xyzzy out of range', 'discount abcd out of range', 'discount nobody out of range'];
    for (const order of [messages, [...messages].reverse()]) {
      const fp = createFingerprinter();
      expect(new Set(fingerprints(fp, order.map((m) => iae('setDiscount', m)))).size).toBe(1);
    }
    const fp = createFingerprinter();
    fingerprints(fp, messages.map((m) => iae('setDiscount', m)));
    expect(fp.fingerprint(iae('setDiscount', 'discount kiwi out of range')).message).toBe('discount <*> out of range');
  });

  it('a word closing the message after a label, or after `got`, is the value', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint(iae('validateEmail', 'invalid email address: bob'));
    expect(a.message).toBe('invalid email address: <*>');
    expect(fp.fingerprint(iae('validateEmail', 'invalid email address: nobody')).fingerprint).toBe(a.fingerprint);
    const b = fp.fingerprint(iae('addQuantity', 'quantity must be positive, got abc'));
    expect(b.message).toBe('quantity must be positive, got <*>');
    expect(fp.fingerprint(iae('addQuantity', 'quantity must be positive, got zz')).fingerprint).toBe(b.fingerprint);
  });

  it('keeps apart two messages of one site that differ in a word stating the failure', () => {
    const fp = createFingerprinter();
    const ise = (m: string) => javaAt('charge', 'java.lang.IllegalStateException', m);
    expect(fp.fingerprint(ise('card 4242 was declined by the issuer: expired')).fingerprint).not.toBe(fp.fingerprint(ise('card 4242 was declined by the issuer: blocked')).fingerprint);
    expect(fp.fingerprint(iae('setQty', 'quantity for this line must be positive')).fingerprint).not.toBe(fp.fingerprint(iae('setQty', 'quantity for this line must be integer')).fingerprint);
    expect(fp.fingerprint(iae('setQty', 'order o-1 is already shipped')).fingerprint).not.toBe(fp.fingerprint(iae('setQty', 'order o-1 is not shipped')).fingerprint);
    // The operation that failed names the failure too.
    expect(fp.fingerprint(iae('boot', 'cannot parse the config file')).fingerprint).not.toBe(fp.fingerprint(iae('boot', 'cannot load the config file')).fingerprint);
    // A different first word is a different message: `customer c1 not found` / `invoice i1 not
    // found`, and the fields of one validation function (`name is required` / `email is
    // required`). The price: a value that opens a message (Android's `Wache is not a constant
    // in …`) splits by value (docs/fingerprinting.md, "Messages of generic types").
    expect(fp.fingerprint(iae('find', 'customer c1 was not found')).fingerprint).not.toBe(fp.fingerprint(iae('find', 'invoice i1 was not found')).fingerprint);
    expect(fp.fingerprint(iae('validate', 'name is required')).fingerprint).not.toBe(fp.fingerprint(iae('validate', 'email is required')).fingerprint);
  });

  it('a generic exception raised by the runtime library called from the site is named by that function', () => {
    // Android's Enum.valueOf puts the value first (gandulf/DsaTab#20, #68): the message only
    // describes the input; `Enum.valueOf` called from `TalentType.valueOf` names the failure.
    const fp = createFingerprinter();
    const valueOf = (m: string) => ({
      source: 'span' as const, service: 'app', type: 'java.lang.IllegalArgumentException', message: m,
      stacktrace: `java.lang.IllegalArgumentException: ${m}\nat java.lang.Enum.valueOf(Enum.java:198)\nat com.dsatab.data.enums.TalentType.valueOf(TalentType.java:1)\nat com.dsatab.data.MetaTalent.<init>(MetaTalent.java:34)\nat android.support.v4.content.AsyncTaskLoader.onLoadInBackground(AsyncTaskLoader.java:240)`,
    });
    const a = fp.fingerprint(valueOf('Wache is not a constant in com.dsatab.data.enums.TalentType'));
    expect(fp.fingerprint(valueOf('PirschAnsitzJagd is not a constant in class com.dsatab.data.enums.TalentType')).fingerprint).toBe(a.fingerprint);
    expect(a.explain.join('\n')).toMatch(/raised by: java\.lang\.Enum\.valueOf/);
    // An assertion helper of the runtime throws the caller's own message: it still counts.
    const npe = (m: string) => ({
      source: 'span' as const, service: 'app', type: 'java.lang.IllegalArgumentException', message: m,
      stacktrace: `java.lang.IllegalArgumentException: ${m}\n\tat java.base/java.util.Objects.requireNonNull(Objects.java:259)\n\tat com.acme.Shop.ship(Shop.java:40)\n`,
    });
    expect(fp.fingerprint(npe('no shipping name for u1')).fingerprint).not.toBe(fp.fingerprint(npe('no billing address on file')).fingerprint);
  });

  it('without an in-app crash site the message names the failure: any plain word keeps two apart', () => {
    const fp = createFingerprinter();
    const bare = (m: string) => ({ source: 'span' as const, service: 'shop', type: 'Error', message: m });
    expect(fp.fingerprint(bare('discount abc out of range')).fingerprint).not.toBe(fp.fingerprint(bare('discount xyzzy out of range')).fingerprint);
  });

  it('without frames, the capitalised cause a lower layer reported keeps two failures apart', () => {
    // PG::ConnectionBad raised by the pg gem, two failures of one connect call (an issue thread's
    // traces): the server's FATAL and the OS's timeout are capitalised as libpq printed them.
    const fp = createFingerprinter();
    const bad = (m: string) => ({ source: 'span' as const, service: 'web', type: 'PG::ConnectionBad', message: m });
    const timedOut = fp.fingerprint(bad('connection to server at "34.160.91.144", port 5432 failed: Connection timed out'));
    expect(fp.fingerprint(bad('connection to server at "82.208.23.39", port 5432 failed: Connection timed out')).fingerprint).toBe(timedOut.fingerprint);
    const fatal = fp.fingerprint(bad('connection to server at "34.160.91.144", port 5432 failed: FATAL:  Unexpected Error'));
    expect(fatal.fingerprint).not.toBe(timedOut.fingerprint);
    expect(fatal.message).not.toContain('<*> <*>');
    // A capitalised value that states no failure is still a value: `coupon FREE` / `coupon Kiwi`.
    const generic = (m: string) => ({ source: 'span' as const, service: 'web', type: 'RuntimeError', message: m });
    expect(fp.fingerprint(generic('coupon FREE is not valid')).fingerprint).toBe(fp.fingerprint(generic('coupon Kiwi is not valid')).fingerprint);
  });

  it('a specific exception type still ignores its message', () => {
    const fp = createFingerprinter();
    const npe = (m: string) => javaAt('format', 'java.lang.NullPointerException', m);
    expect(fp.fingerprint(npe('name is null')).fingerprint).toBe(fp.fingerprint(npe('card expired')).fingerprint);
  });
});
