// A command line quoted argument by argument in parentheses is one value (argument-quoted-command.ts):
// icinga2 2.13.6's Process::PrettyPrintArguments in its check, notification, event and timeout
// lines (programs/icinga2, server-logs-36.test.ts) made every command a template of its own.
import { describe, expect, it } from 'vitest';
import { argumentQuotedCommandEnd } from '../../../src/core/fingerprint/argument-quoted-command.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const tokens = (line: string) => line.split(' ');

describe('a command line quoted argument by argument', () => {
  it('is one value, in parentheses or after a label inside them, its arguments of several words too', () => {
    const sh = templateTokens("warning/Process: Terminating process <int> ('<path>' '-c' 'trap '' TERM; sleep <int>; sleep <int>') after timeout of <duration>", 40);
    const sleep = templateTokens("warning/Process: Terminating process <int> ('<path>' '<int>') after timeout of <duration>", 40);
    expect(sh).toEqual(sleep);
    expect(sh).toEqual(['warning/Process:', 'Terminating', 'process', '<int> <*>', 'after', 'timeout', 'of', '<duration>']);
    const line = tokens("object <*> (PID: <int>, arguments: '<path>' '-c' 'echo database connection refused; exit <int>') terminated");
    expect(argumentQuotedCommandEnd(line, 5)).toBe(line.length - 2);
  });

  it('near misses: one quoted text, quotes not opening the parenthesis or a label, an unclosed list, one argument', () => {
    expect(argumentQuotedCommandEnd(tokens("ran ('echo hello world') ok"), 1)).toBe(-1);
    expect(argumentQuotedCommandEnd(tokens("denied (user 'bob' and 'eve') now"), 2)).toBe(-1);
    expect(argumentQuotedCommandEnd(tokens("got ('a' 'b' and more text"), 1)).toBe(-1);
    expect(argumentQuotedCommandEnd(tokens("ran ('<path>') ok"), 1)).toBe(-1);
    expect(argumentQuotedCommandEnd(tokens("said 'a' 'b') ok"), 1)).toBe(-1);
    expect(templateTokens("app: user 'bob' and 'eve' denied", 40)).toContain('denied');
  });
});
