// Reports printed for a person watching the terminal (the default notifier).
import { ok, type Notifier, type Outcome, type Report } from '../../core/ports.js';
import { defaultRedactor, type Redactor } from '../../core/redact.js';
import { reportText } from './format.js';

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
    this.stream.write(reportText(report, this.redact));
    return ok({});
  }
}
