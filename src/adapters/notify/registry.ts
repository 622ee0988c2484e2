// The notifiers: NOTIFICATION_BACKEND names one or more of these. Adding a notifier is one
// file exporting its extension (settings fragment and factory) plus one line here
// (docs/architecture.md, "Extensions").
import type { Clock, Notifier } from '../../core/ports.js';
import type { Redactor } from '../../core/redact.js';
import { registry, type Extension, type SettingsShape } from '../../settings/extension.js';
import { githubIssueExtension, type IssueNumberCache } from './github.js';
import { markdownExtension } from './markdown.js';
import { stdoutExtension } from './stdout.js';
import { webhookExtension } from './webhook.js';

/** Settings every notifier may read besides its own. */
export interface NotifierSharedSettings {
  BACKEND_TIMEOUT: number;
}

/** What the composition hands every notifier's factory. */
export interface NotifierDeps {
  clock: Clock;
  redactor: Redactor;
  /** The durable signature → issue number map, opened only for a notifier that uses it. */
  issueNumberCache: () => IssueNumberCache;
  /** A notifier's warnings (a rate-limit wait, a client library's notice) for the server's log. */
  warn: (message: string) => void;
}

export type NotifierExtension<N extends string, S extends SettingsShape> = Extension<N, S, NotifierSharedSettings, NotifierDeps, Notifier>;

export const notifiers = registry([stdoutExtension, markdownExtension, githubIssueExtension, webhookExtension]);
