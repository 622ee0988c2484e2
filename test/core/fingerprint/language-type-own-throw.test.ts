// JavaScript's own error types (TypeError, RangeError, ...) are made at the application's frame
// both by the engine running its code (`Cannot read properties of undefined`) and by the
// application's `throw new RangeError('...')`. In the second case the message is the
// application's and names which throw it was: two throws of one function share the type and the
// crash site, and line numbers never contribute. Found in a NestJS service
// (nestjs-app.test.ts): parseQuantity's two RangeErrors were one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

function trace(type: string, message: string, frames: string[]): string {
  return [`${type}: ${message}`, ...frames.map((f) => `    at ${f}`)].join('\n');
}
const SITE = ['OrderService.parseQuantity (/srv/app/src/orders.js:32:13)', 'OrderController.quantity (/srv/app/src/controller.js:25:36)', '/srv/app/node_modules/@nestjs/core/router/router-execution-context.js:55:37', 'process.processTicksAndRejections (node:internal/process/task_queues:104:5)'];

function print(type: string, message: string, frames = SITE) {
  return createFingerprinter().fingerprint({ source: 'span', service: 'shop', runtime: 'nodejs', type, message, stacktrace: trace(type, message, frames) });
}
const why = (r: { explain: string[] }) => r.explain.find((e) => e.startsWith('message'))!;

describe("a language error type the application's own throw made", () => {
  it('tells two throws of one function apart by the message each wrote', () => {
    const positive = print('RangeError', 'quantity must be positive, got -3');
    const limit = print('RangeError', 'quantity 5000 exceeds the limit of 1000');
    expect(positive.fingerprint).not.toBe(limit.fingerprint);
    expect(why(positive)).toMatch(/made at the crash site by the application's own throw/);
    expect(print('TypeError', 'quantity "abc" is not a number').fingerprint).not.toBe(print('TypeError', 'order "abc" is not paid').fingerprint);
  });

  it('keeps one throw one signature whatever values its message carries', () => {
    const fp = createFingerprinter();
    const prints = ['-3', '0', '-41'].map((n) => fp.fingerprint({ source: 'span', service: 'shop', runtime: 'nodejs', type: 'RangeError', message: `quantity must be positive, got ${n}`, stacktrace: trace('RangeError', `quantity must be positive, got ${n}`, SITE) }).fingerprint);
    expect(new Set(prints).size).toBe(1);
  });

  describe('near misses: the engine made it, its message stays out', () => {
    it("V8's property read on a missing value, whichever property", () => {
      const a = print('TypeError', "Cannot read properties of undefined (reading 'id')");
      expect(why(a)).toMatch(/^message: ignored/);
      expect(print('TypeError', "Cannot read properties of undefined (reading 'name')").fingerprint).toBe(a.fingerprint);
      // Node before 16 worded it `Cannot read property 'x' of undefined`.
      expect(why(print('TypeError', "Cannot read property 'id' of undefined"))).toMatch(/^message: ignored/);
    });

    it('the wording quoted after a prefix Node or a logger put before it', () => {
      expect(why(print('TypeError', "(node:1075) UnhandledPromiseRejectionWarning: TypeError: Cannot read property 'path' of undefined"))).toMatch(/^message: ignored/);
    });

    it("the engine's other operator and limit errors", () => {
      for (const [type, message] of [['RangeError', 'Maximum call stack size exceeded'], ['RangeError', 'Invalid array length'], ['TypeError', 'order.items.map is not a function'], ['TypeError', 'Assignment to constant variable.'], ['ReferenceError', 'total is not defined'], ['TypeError', "Cannot destructure property 'a' of 'b' as it is undefined."], ['RangeError', 'Division by zero']]) {
        expect(why(print(type, message)), message).toMatch(/^message: ignored/);
      }
    });

    it("JavaScriptCore's and SpiderMonkey's wordings", () => {
      for (const message of ["undefined is not an object (evaluating 'c.name.toUpperCase')", "Can't find variable: total", 'n is undefined', `can't access property "id", n is undefined`]) {
        expect(why(print('TypeError', message)), message).toMatch(/^message: ignored/);
      }
    });

    it("made below the application's frame, by the runtime's function it called (JSON.parse)", () => {
      const frames = ['JSON.parse (<anonymous>)', ...SITE];
      const a = print('SyntaxError', 'Unexpected end of JSON input', frames);
      const b = print('SyntaxError', `Expected property name or '}' in JSON at position 1 (line 1 column 2)`, frames);
      expect(a.fingerprint).toBe(b.fingerprint);
    });

    it("an application's own class is read as before (own-exception-types), not by this rule", () => {
      expect(why(print('OrderNotPaidError', 'order o-17 is not paid'))).toMatch(/the application's own/);
    });
  });
});
