// A message whose first line only opens a record printed over the lines below it (`{`, `WARN: {`):
// Sidekiq's failed-job records pasted from error handlers and logs. Found in threads-20
// (issue-thread-traces-20.test.ts): Bike Index's two jobs' RecordNotFound records were one
// signature, each read as the message `{`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { openedRecord } from '../../../src/core/fingerprint/opened-record.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-20', 'others');
const row = (group: string) => rows.find((r) => r.group === group)!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe('a message that opens a record on its first line', () => {
  it("is the record's lines: two jobs' failures are two signatures (bikeindex/bike_index#993)", () => {
    const confirmation = fingerprintOf(row('others:t20:bike-index-email-confirmation-user'));
    const feedback = fingerprintOf(row('others:t20:bike-index-feedback-notification-feedback'));
    expect(confirmation.message).toContain('"error_message":"Couldn\'t find User with \'id\'=<int>"');
    expect(confirmation.message).toContain('"error_class":"ActiveRecord::RecordNotFound"');
    expect(confirmation.fingerprint).not.toBe(feedback.fingerprint);
  });

  it("reads Ruby's Hash#inspect behind a level too (lardawge/carrierwave_backgrounder#62)", () => {
    const text = openedRecord(row('others:t20:carrierwave-store-asset-photo-not-found'))!;
    expect(text.startsWith('WARN: { "retry" => true, "queue" => "default", "class" => "CarrierWave::Workers::StoreAsset",')).toBe(true);
    expect(text).toContain('"error_class" => "ActiveRecord::RecordNotFound"');
  });

  it('near misses: a first line with words, or a brace that closes on it, is not a record opened', () => {
    // Sidekiq's own retry line (threads-20, carrierwave_backgrounder#62) and a JSON record on one line.
    expect(openedRecord("2012-09-12T00:53:59Z 38358 TID-ownq6e3wk WARN: Couldn't find Photo with id=185")).toBeUndefined();
    expect(openedRecord('{"context":"Job raised exception"}\n')).toBeUndefined();
    // A message that ends with a brace after words (a Go panic printing a struct) is a message.
    expect(openedRecord('panic: main.T{\n  A: 1,\n}')).toBeUndefined();
    // The record alone on its line, nothing below it: nothing to read.
    expect(openedRecord('{')).toBeUndefined();
  });
});
