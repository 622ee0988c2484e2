// Turns a zod validation issue into the one line a user reads at start-up. It names the
// setting as the user gave it (the flag they typed, or the variable), echoes the bad value
// (never a secret's), and says what would be accepted in the user's words: `"99999" is more
// than 65535`, not `Too big: expected number to be <=65535`.
import type { z } from 'zod';

export interface IssueContext {
  /** The setting's name (the environment variable). */
  key: string;
  /** The raw value as given (string from env/flags/.env), if any. */
  value: unknown;
  /** The command-line flag the value came from, if it came from one. */
  flag?: string;
  /** Never echo the value (tokens, keys, secrets). */
  secret: boolean;
}

type Issue = z.core.$ZodIssue;

export function describeIssue(issue: Issue, context: IssueContext): string {
  const where = context.flag ? `${context.flag} (${context.key})` : context.key;
  const given = offendingValue(issue, context.value);
  const shown = given === undefined || context.secret ? 'the value' : JSON.stringify(given);
  return `invalid setting ${where}: ${explain(issue, shown)}`;
}

/** The value the issue is about: the whole setting, or one item of a comma-separated list. */
function offendingValue(issue: Issue, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const index = issue.path[1];
  if (typeof index === 'number') {
    const items = Array.isArray(value) ? value.map(String) : String(value).split(',').map((s) => s.trim()).filter(Boolean);
    return items[index];
  }
  return String(value);
}

function explain(issue: Issue, shown: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return `${shown} is not a number`;
      if (issue.expected === 'boolean') return `${shown} is not true or false`;
      return `${shown} is not a ${issue.expected}`;
    case 'too_big':
      return `${shown} is more than ${String(issue.maximum)}`;
    case 'too_small':
      return Number(issue.minimum) === 1 && issue.origin === 'number' ? `${shown} must be 1 or more` : `${shown} is less than ${String(issue.minimum)}`;
    case 'invalid_value':
      return `${shown} is not one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'url') return `${shown} is not a URL (e.g. http://host:port)`;
      return `${shown} ${issue.message}`;
    case 'invalid_union': {
      // A union of forms (true/false/1/0/yes/no, a number or a duration): name the forms.
      const choices = issue.errors.flat().find((i) => i.code === 'invalid_value');
      if (choices && choices.code === 'invalid_value') return `${shown} is not one of ${choices.values.map(String).join(', ')}`;
      return `${shown} is not valid`;
    }
    default:
      return issue.message;
  }
}
