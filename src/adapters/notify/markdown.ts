// One Markdown file per report: `<dir>/YYYY-MM-DD/HH-MM-SS_<service>_<type>_<id>.md`, UTC,
// so a directory listing reads as a timeline (a backlog summary: `HH-MM-SS_backlog.md`). Names
// are made safe for every filesystem.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { failed, ok, type BacklogReport, type Clock, type Notifier, type Outcome, type Report } from '../../core/ports.js';
import { defaultRedactor, type Redactor } from '../../core/redact.js';
import { backlogMarkdown, redactReport, reportMarkdown } from './format.js';
import { z } from 'zod';
import type { NotifierExtension } from './registry.js';

export interface MarkdownNotifierOptions {
  /** NOTIFICATION_OUTPUT_DIR. */
  dir: string;
  clock?: Clock;
  /** Configured redaction (built-in rules plus REDACT_PATTERNS). Default: the built-in rules. */
  redactor?: Redactor;
}

/** Letters, digits, `.`, `-` only; no leading dot; at most `max` characters; never empty. */
export function safeFileComponent(value: string, max = 60): string {
  const s = value
    .normalize('NFKD')
    // Drop the accents NFKD split off, so `é` becomes `e` rather than `-`.
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, max)
    .replace(/[.-]+$/, '');
  return s || 'unknown';
}

export function reportPath(dir: string, report: Report, nowMs: number): string {
  const iso = new Date(nowMs).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19).replace(/:/g, '-');
  const s = report.signature;
  return join(dir, day, `${time}_${safeFileComponent(s.service)}_${safeFileComponent(s.type)}_${safeFileComponent(s.id, 40)}.md`);
}

export class MarkdownNotifier implements Notifier {
  readonly name = 'markdown';
  private readonly clock: Clock;
  private readonly redact: (text: string) => string;

  constructor(private readonly options: MarkdownNotifierOptions) {
    this.clock = options.clock ?? { now: () => Date.now() };
    this.redact = (options.redactor ?? defaultRedactor).redact;
  }

  async notify(report: Report): Promise<Outcome<{ location?: string }>> {
    // The file name is made from the redacted service and type: a secret must not become a path.
    return this.write(reportPath(this.options.dir, redactReport(report, this.redact), this.clock.now()), reportMarkdown(report, this.redact));
  }

  async notifyBacklog(report: BacklogReport): Promise<Outcome<{ location?: string }>> {
    const iso = new Date(this.clock.now()).toISOString();
    return this.write(join(this.options.dir, iso.slice(0, 10), `${iso.slice(11, 19).replace(/:/g, '-')}_backlog.md`), backlogMarkdown(report, this.redact));
  }

  private async write(base: string, text: string): Promise<Outcome<{ location?: string }>> {
    try {
      await mkdir(join(base, '..'), { recursive: true });
      // Two reports of one signature within the same second get -2, -3 … rather than overwriting.
      for (let n = 1; n < 100; n++) {
        const path = n === 1 ? base : base.replace(/\.md$/, `-${n}.md`);
        try {
          await writeFile(path, text, { flag: 'wx' });
          return ok({ location: path });
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        }
      }
      return failed(`too many reports named ${base} in one second`);
    } catch (err) {
      return failed(`could not write ${base}: ${(err as Error).message}`);
    }
  }
}

const settings = { NOTIFICATION_OUTPUT_DIR: z.string().min(1).default('./reports') };

/** NOTIFICATION_BACKEND=markdown (docs/architecture.md, "Extensions"). */
export const markdownExtension = {
  name: 'markdown',
  settings,
  create: (s, deps) => new MarkdownNotifier({ dir: s.NOTIFICATION_OUTPUT_DIR, clock: deps.clock, redactor: deps.redactor }),
} satisfies NotifierExtension<'markdown', typeof settings>;
