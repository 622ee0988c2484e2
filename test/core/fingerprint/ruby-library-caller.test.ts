// The program a Ruby failure in library code only was entered from: found in threads-55
// (issue-thread-traces-55.test.ts), where Active Record's source_reflection failure under
// administrate's generator and under database_consistency's checker were one signature
// (src/core/fingerprint/ruby-library-caller.ts); by the calling gem's name, not its frame, which
// split one Redis refusal reached from three parts of Sidekiq (server-logs-12).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { rubyLibraryName, rubyLibraryRoot } from '../../../src/core/fingerprint/ruby-library-caller.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-55/ruby.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (r: Row) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;
const bySource = (tail: string) => rows.find((r) => r.source.endsWith(tail))!;

const gemTrace = (ar: string, caller: string) => [
  `/srv/bundle/ruby/3.2.0/gems/${ar}/lib/active_record/reflection.rb:814:in \`source_reflection': undefined method \`klass' for nil:NilClass (NoMethodError)`,
  `\tfrom /srv/bundle/ruby/3.2.0/gems/${ar}/lib/active_record/reflection.rb:1021:in \`derive_class_name'`,
  `\tfrom /srv/bundle/ruby/3.2.0/gems/${ar}/lib/active_record/reflection.rb:166:in \`class_name'`,
  `\tfrom /srv/bundle/ruby/3.2.0/gems/${ar}/lib/active_record/reflection.rb:166:in \`each'`,
  caller,
].join('\n');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'NoMethodError', message: "undefined method `klass' for nil:NilClass", stacktrace }).fingerprint;
const ADMIN = "\tfrom /srv/bundle/ruby/3.2.0/gems/administrate-0.19.0/lib/generators/administrate/dashboard/dashboard_generator.rb:125:in `relationship_options_string'";
const CHECKER = "\tfrom /srv/bundle/ruby/3.2.0/gems/database_consistency-1.7.13/lib/database_consistency/checkers/base_checker.rb:25:in `report'";

describe("the gem a library-only Ruby failure's top gem was entered from", () => {
  it('names a frame by its gem directory, however the path above is written', () => {
    expect(rubyLibraryRoot('/usr/local/bundle/gems/activerecord-7.0.4/lib/active_record/reflection.rb')).toBe('activerecord-7.0.4');
    expect(rubyLibraryRoot('[/project/]shared/bundle/ruby/2.1.0/gems/sidekiq-3.2.1/lib/sidekiq/launcher.rb')).toBe('sidekiq-3.2.1');
    expect(rubyLibraryRoot('/repo/vendor/bundle/ruby/3.3.0/bundler/gems/rails-500e2a9bb5ff/activerecord/lib/active_record/reflection.rb')).toBe('rails-500e2a9bb5ff');
    expect(rubyLibraryRoot('/home/u/.rubies/ruby-3.3.0/lib/ruby/3.3.0/erb.rb')).toBe('ruby-3.3.0');
    expect(rubyLibraryName('/usr/lib64/ruby/gems/3.1.0/gems/activerecord-7.0.4.3/lib/active_record/reflection.rb')).toBe('activerecord');
    expect(rubyLibraryName('/usr/local/bundle/bundler/gems/active_record_doctor-fc736812db04/lib/x.rb')).toBe('active_record_doctor');
  });

  it('contributes: one gem failing under two programs is two signatures; one program under two releases of the gem is one', () => {
    expect(fp(gemTrace('activerecord-7.0.4', ADMIN))).not.toBe(fp(gemTrace('activerecord-7.0.4', CHECKER)));
    expect(fp(gemTrace('activerecord-7.0.4', ADMIN))).toBe(fp(gemTrace('activerecord-7.0.8', ADMIN.replace('0.19.0', '0.20.1'))));
  });

  it('near misses: one program entering the gem from two of its methods is one signature (an outage reached from two paths)', () => {
    const fetcher = "\tfrom /srv/bundle/ruby/3.2.0/gems/sidekiq-6.4.1/lib/sidekiq/fetch.rb:49:in `retrieve_work'";
    const scheduler = "\tfrom /srv/bundle/ruby/3.2.0/gems/sidekiq-6.4.1/lib/sidekiq/scheduled.rb:27:in `zpopbyscore'";
    expect(fp(gemTrace('activerecord-7.0.4', fetcher))).toBe(fp(gemTrace('activerecord-7.0.4', scheduler)));
  });

  it('near misses: top frames in two gems already name the caller and are left as they were; a copy cut before any other gem keeps its top frames', () => {
    const twoGems = [
      "/srv/bundle/ruby/3.2.0/gems/activerecord-7.0.4/lib/active_record/reflection.rb:1021:in `derive_class_name': undefined method `klass' for nil:NilClass (NoMethodError)",
      "\tfrom /srv/bundle/ruby/3.2.0/gems/activerecord-7.0.4/lib/active_record/reflection.rb:166:in `class_name'",
      "\tfrom /srv/bundle/ruby/3.2.0/gems/administrate-0.19.0/lib/generators/administrate/dashboard/dashboard_generator.rb:125:in `relationship_options_string'",
    ].join('\n');
    const deeper = twoGems + "\n\tfrom /srv/bundle/ruby/3.2.0/gems/thor-1.2.1/lib/thor/actions.rb:93:in `action'";
    expect(fp(twoGems)).toBe(fp(deeper));
    const cut = gemTrace('activerecord-7.0.4', '').trimEnd();
    expect(fp(cut)).not.toBe(fp(gemTrace('activerecord-7.0.4', ADMIN)));
  });

  it("real: database_consistency's source_reflection failure is apart from administrate's; active_record_doctor's two detectors stay one (left)", () => {
    expect(fingerprintOf(bySource('/database_consistency/issues/207'))).not.toBe(fingerprintOf(bySource('/administrate/issues/1881')));
    expect(fingerprintOf(bySource('/database_consistency/issues/207'))).not.toBe(fingerprintOf(bySource('/administrate/issues/308')));
    expect(fingerprintOf(bySource('/active_record_doctor/issues/123'))).toBe(fingerprintOf(bySource('/active_record_doctor/issues/199')));
  });
});
