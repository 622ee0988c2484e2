// Redaction of an error event as it enters the pipeline, before anything else reads it. The
// fingerprinter rewrites messages (numbers become <int>, templates are mined), and a rewritten
// secret no longer matches the rule that knows it (`xoxb-123…-456…-AbC…` becomes
// `xoxb-<int>-<int>-AbC…`); the stored message, the samples, the evidence, prompts and reports
// are all made from what is kept here. So secrets are removed first, from the original text,
// and every later step (parameterising, cutting to length, formatting) sees only redacted text.
//
// Identity fields (service, host, release, environment, trace and span ids) are left as they
// are: they group and filter signatures, and a false positive there would merge or rename
// services. Attributes and resource attributes are redacted whole (redactDeep), with values
// under secret-named keys (`…authorization`, `…password`) replaced entirely.
import type { ErrorEvent } from './model.js';
import type { Redactor } from './redact.js';
import { textMemo } from './text-memo.js';

/**
 * The fields of an event that redaction reads and may change; a fingerprint pool's worker holds
 * only these and what fingerprinting reads (ingest/event-wire.ts).
 */
export type RedactableEvent = Pick<ErrorEvent, 'spanName' | 'statusMessage' | 'body' | 'exception' | 'attributes' | 'resource'>;

/** Characters of remembered texts (inputs and results) before the memory starts over. */
const MEMO_CHARS = 4 * 1024 * 1024;

/**
 * A function that redacts events. It runs on every string of every event, so it remembers
 * recent results (core/text-memo.ts): the same span names, routes, user agents, messages and
 * stack traces repeat across events (an error storm repeats one trace thousands of times), and a
 * lookup costs far less than the rule table. The memory is bounded by characters and simply
 * starts over when full. Events decoded from one OTLP resource share its attributes object, so
 * each resource is redacted once per request.
 */
export function eventRedactor(redactor: Redactor): <E extends RedactableEvent>(event: E) => E {
  const resources = new WeakMap<object, ErrorEvent['resource']>();
  const remembered = textMemo((value) => redactor.redact(value), MEMO_CHARS);
  const text = (value: string | undefined) => (value === undefined ? undefined : remembered(value));
  return <E extends RedactableEvent>(event: E): E => {
    let resource = resources.get(event.resource);
    if (resource === undefined) {
      resource = redactor.redactDeep(event.resource, remembered);
      resources.set(event.resource, resource);
    }
    const spanName = text(event.spanName);
    const statusMessage = text(event.statusMessage);
    const body = text(event.body);
    const exception = event.exception;
    const type = text(exception?.type);
    const message = text(exception?.message);
    const stacktrace = text(exception?.stacktrace);
    const attributes = redactor.redactDeep(event.attributes, remembered);
    // An event without secrets is returned as it came (redactDeep keeps unchanged objects too):
    // no copy to make, and the fingerprint pool sends nothing back for it.
    if (
      spanName === event.spanName &&
      statusMessage === event.statusMessage &&
      body === event.body &&
      type === exception?.type &&
      message === exception?.message &&
      stacktrace === exception?.stacktrace &&
      attributes === event.attributes &&
      resource === event.resource
    ) {
      return event;
    }
    return {
      ...event,
      spanName,
      statusMessage,
      body,
      exception: exception && { type, message, stacktrace },
      attributes,
      resource,
    };
  };
}
