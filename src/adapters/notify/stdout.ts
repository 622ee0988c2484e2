// Reports printed for a person watching the terminal (the default notifier). They are the
// only thing `rounds serve` writes to stdout: its logs are JSON records on stderr (see
// observability/logger.ts), so plain text never lands inside a JSON log stream.
import { ok, type BacklogReport, type Notifier, type Outcome, type Report } from '../../core/ports.js';
import { defaultRedactor, type Redactor } from '../../core/redact.js';
import { terminalSafe } from '../../core/terminal-text.js';
import { backlogText, reportText } from './format.js';
import type { NotifierExtension } from './registry.js';

export interface StdoutNotifierOptions {
  /** Default process.stdout. */
  stream?: NodeJS.WritableStream;
  /** Configured redaction (built-in rules plus REDACT_PATTERNS). Default: the built-in rules. */
  redactor?: Redactor;
}

export class StdoutNotifier implements Notifier {
  readonly name = 'stdout';
  private readonly stream: NodeJS.WritableStream;
  private readonly redact: (text: string) => string;

  constructor(options: StdoutNotifierOptions = {}) {
    this.stream = options.stream ?? process.stdout;
    this.redact = (options.redactor ?? defaultRedactor).redact;
  }

  async notify(report: Report): Promise<Outcome<{ location?: string }>> {
    // Service names and messages come from the network: no escape sequence reaches the terminal.
    this.stream.write(terminalSafe(reportText(report, this.redact)));
    return ok({});
  }

  async notifyBacklog(report: BacklogReport): Promise<Outcome<{ location?: string }>> {
    this.stream.write(terminalSafe(backlogText(report, this.redact)));
    return ok({});
  }
}

/** NOTIFICATION_BACKEND=stdout, the default (docs/architecture.md, "Extensions"). */
export const stdoutExtension = {
  name: 'stdout',
  settings: {},
  create: (_s, deps) => new StdoutNotifier({ redactor: deps.redactor }),
} satisfies NotifierExtension<'stdout', Record<never, never>>;
