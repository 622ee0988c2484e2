// A message whose first line ends with a colon is a label for what its next non-blank line says:
// found in threads-16 (issue-thread-traces-16.test.ts), where Ecto's NoResultsError for emoji's
// Prediction query and mydia's Download query, no frame read in either, were one signature
// known by `expected at least one result but got none in query:` alone.
import { describe, expect, it } from 'vitest';
import { messageLine } from '../../../src/core/fingerprint/stock-text.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const others = loadThreadTraces('threads-16', 'others');

describe('the line after a first line ending in a colon', () => {
  it('joins the first line; the blank line Ecto prints between them is skipped', () => {
    expect(messageLine('expected at least one result but got none in query:\n\nfrom p0 in Emoji.Predictions.Prediction,\n  where: x')).toBe('expected at least one result but got none in query: from p0 in Emoji.Predictions.Prediction,');
  });

  it('near misses: a first line without a closing colon, with nothing or an unindented line after it, stays alone; stock texts as before', () => {
    expect(messageLine('Assert.Equal() Failure\nExpected: 1\nActual:   0')).toBe('Assert.Equal() Failure');
    expect(messageLine('errors were found:\n\n')).toBe('errors were found:');
    expect(messageLine('Abort due to constraint violation\nUNIQUE constraint failed: users.email')).toBe('Abort due to constraint violation: UNIQUE constraint failed: users.email');
    expect(messageLine('connection refused: localhost:5432')).toBe('connection refused: localhost:5432');
    // An unindented next line goes on with the same text (H2's statement after `SQL statement:`).
    expect(messageLine('Unique index or primary key violation; SQL statement:\ninsert into customer (email) values (?)')).toBe('Unique index or primary key violation; SQL statement:');
  });

  it("real: Ecto's NoResultsError of two applications' queries are two signatures (cbh123/emoji#21, getmydia/mydia#281)", () => {
    const rows = others.filter((r) => r.group.startsWith('elixir:'));
    const sigs = signaturesInOrder(rows);
    expect(new Set(sigs).size).toBe(rows.length);
  });
});
