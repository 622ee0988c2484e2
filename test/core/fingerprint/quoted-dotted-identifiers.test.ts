// In an exception's message a quoted dotted name whose parts are snake_case identifiers, one with
// an underscore, names what failed (template-tokens.ts QUOTED_DOTTED_IDENTIFIER): a Symfony
// service id, a module path, a schema-qualified name. A host name cannot hold `_` (RFC 1123
// §2.1). Found in threads-14 (issue-thread-traces-14.test.ts): Symfony's `The service "…" has a
// dependency on a non-existent service "…"` for four bundles' services (EWZRecaptchaBundle,
// rollerworks search-bundle, FeatureFlagsBundle, EkinoWordpressBundle), printed without frames,
// were one signature: the dotted service ids read as values and the miner joined the messages.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, type ThreadTrace, signaturesInOrder } from './thread-traces.js';

const row = (group: string): ThreadTrace => loadThreadTraces('threads-14', 'php').find((r) => r.group === group)!;
const dependencyRows = () => ['php:t14:ewz-recaptcha-missing-request-stack', 'php:t14:rollerworks-search-missing-session-driver', 'php:t14:feature-flags-missing-request', 'php:t14:ekino-wordpress-missing-security-context'].map(row);

const signatures = (rows: readonly { type?: string; message?: string; stacktrace?: string }[]) => signaturesInOrder(rows, 'shop');

describe('a quoted dotted snake_case identifier in an exception message', () => {
  it('real: four bundles\' missing service dependencies are four signatures, in either order', () => {
    expect(new Set(signatures(dependencyRows())).size).toBe(4);
    expect(new Set(signatures(dependencyRows().reverse())).size).toBe(4);
  });

  it('real: the service id is kept in the message', () => {
    const r = row('php:t14:feature-flags-missing-request');
    const x = createFingerprinter().fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace });
    expect(x.message).toContain('"dz.feature_flags.conditions_bag"');
  });

  it('near miss: one bundle\'s missing dependency printed twice (console box, debug page title) is one signature', () => {
    const r = row('php:t14:rollerworks-search-missing-session-driver');
    const page = { ...r, stacktrace: `ServiceNotFoundException in CheckExceptionOnInvalidReferenceBehaviorPass.php line 58:\n${r.message}` };
    const [a, b] = signatures([r, page]);
    expect(b).toBe(a);
  });

  it('near miss: a dotted name without an underscore is shaped like a host and stays a value (facade-bundle\'s and Fork CMS\'s missing services, both read without a frame)', () => {
    const [a, b] = signatures([row('php:t14:facade-bundle-missing-container'), row('php:t14:forkcms-ckfinder-missing-session-handler')]);
    expect(b).toBe(a);
  });
});
