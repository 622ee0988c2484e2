// A quoted namespaced type name in an exception's message is the code the failure is about, not
// a value: found in threads-4 (issue-thread-traces-4.test.ts), where ASP.NET Core's `Unable to
// resolve service for type 'X' while attempting to activate 'Y'` for two different missing
// registrations was one signature (the DI container's frames are the same for every one).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentMessageWords, templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-4/dotnet.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (group: string) => {
  const r = rows.find((x) => x.group.endsWith(group))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe('a quoted type name in an exception message', () => {
  it('is kept, even after `type`, with its generic arity and arguments', () => {
    expect(templateTokens("Unable to resolve service for type 'Shop.Mail.IMailSender' while attempting to activate 'Shop.Orders.OrderService'.", 40, 'message')).toContain("'Shop.Mail.IMailSender'");
    expect(templateTokens("Unable to cast object of type 'Identity.RoleStore`<int>[Identity.Role]' to type 'Identity.IUserStore`<int>[Identity.User]'.", 40, 'message')).toContain("'Identity.RoleStore`<int>[Identity.Role]'");
    expect(differentMessageWords("'Shop.Mail.IMailSender'", "'Shop.Billing.IPaymentGateway'")).toBe(true);
  });

  it('near misses: a quoted value, host name, file name or lowercase dotted word stays a value', () => {
    for (const value of ["'seven'", "'api.example.com'", "'config.json'", "'foo.bar'", "'Bob Smith'"]) {
      expect(templateTokens(`could not parse ${value} as a number`, 40, 'message')).not.toContain(value);
    }
    // In a log line nothing changes: this is about exception messages.
    expect(templateTokens("resolving 'Shop.Mail.IMailSender' for type 'Shop.Orders.OrderService'", 40, 'log')).not.toContain("'Shop.Orders.OrderService'");
  });

  it('real: two different missing DI registrations are two failures (mduu/tauchbolde#55, dotnet/aspnetcore#3461; dotnet/efcore#9938 with aspnet/DependencyInjection#364)', () => {
    expect(fingerprintOf('tauchbolde-htmlfooter-di').fingerprint).not.toBe(fingerprintOf('repro-slackappconfig-di').fingerprint);
    expect(fingerprintOf('dzt-iconfigurationroot-di').fingerprint).not.toBe(fingerprintOf('identity-irolestore-di').fingerprint);
    // The same report moved between repositories is still one failure.
    const moved = rows.filter((r) => r.group.endsWith('dzt-iconfigurationroot-di')).map((r) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint);
    expect(new Set(moved).size).toBe(1);
  });
});
