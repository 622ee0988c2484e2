// Where an exception recorded without a stack trace happened, from what its record names. The
// OpenTelemetry Go SDK's span.RecordError records no stack by default, and a logger bridge may
// send an error without one: a service's handlers failing with one error (Go's sql.ErrNoRows
// from two handlers of a real service, test/core/fingerprint/stackless.test.ts) were one
// signature, as type and message were all there was. The record still says where:
//   - the code it names by the semantic conventions' code attributes (`code.function.name`,
//     before 1.30 `code.function` with `code.namespace`; a log bridge sets them from its
//     logger's caller, as otelzap does with zap's AddCaller);
//   - else, for a span, its name's shape (span-name.ts): the operation that failed
//     (`GET /users/{id}`), its ids masked.
// A failure every operation meets alike (a database down) is then one signature per operation;
// the diagnosis names their shared cause (core/causes, shared-cause).
import type { Attributes } from '../model.js';
import { spanNameShape } from './span-name.js';

export interface StacklessPlace {
  key: string;
  why: string;
}

const text = (attributes: Attributes | undefined, key: string): string | undefined => {
  const v = attributes?.[key];
  return typeof v === 'string' && v !== '' && v.length <= 500 ? v : undefined;
};

export function stacklessPlace(input: { source: string; spanName?: string; attributes?: Attributes }): StacklessPlace | undefined {
  const fn = text(input.attributes, 'code.function.name') ?? text(input.attributes, 'code.function');
  if (fn) {
    const namespace = text(input.attributes, 'code.namespace');
    const key = namespace && !fn.startsWith(`${namespace}.`) ? `${namespace}.${fn}` : fn;
    return { key: `code:${key}`, why: `the code the record names: ${key}` };
  }
  if (input.source === 'span' && input.spanName) {
    const shape = spanNameShape(input.spanName);
    return { key: `span:${shape}`, why: `the span it was recorded on: ${shape}` };
  }
  return undefined;
}
