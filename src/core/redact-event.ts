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

/**
 * A function that redacts events. Events decoded from one OTLP resource share its attributes
 * object, so each resource is redacted once per request, not once per event.
 */
export function eventRedactor(redactor: Redactor): (event: ErrorEvent) => ErrorEvent {
  const resources = new WeakMap<object, ErrorEvent['resource']>();
  const text = (value: string | undefined) => (value === undefined ? undefined : redactor.redact(value));
  return (event) => {
    let resource = resources.get(event.resource);
    if (resource === undefined) {
      resource = redactor.redactDeep(event.resource);
      resources.set(event.resource, resource);
    }
    return {
      ...event,
      spanName: text(event.spanName),
      statusMessage: text(event.statusMessage),
      body: text(event.body),
      exception: event.exception && {
        type: text(event.exception.type),
        message: text(event.exception.message),
        stacktrace: text(event.exception.stacktrace),
      },
      attributes: redactor.redactDeep(event.attributes),
      resource,
    };
  };
}
