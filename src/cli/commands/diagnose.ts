// `rounds diagnose <id>`: puts the signature at the head of the investigation queue; with
// --wait, polls the store until the running server's investigator stores a diagnosis.
import { setTimeout as sleep } from 'node:timers/promises';
import { SignatureActions } from '../../core/signature-actions.js';
import { cliActor } from '../actor.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { withStore } from '../store-command.js';
import { parseDurationOption } from '../time-args.js';

export const summary = 'Queue a signature for investigation now (--wait for the diagnosis)';
export const usage = `Usage: rounds diagnose <id> [--wait] [--timeout 5m] [--json] [--data-dir DIR]

  The running server (rounds serve) picks it up before anything else in its queue.
  --wait          wait until the diagnosis is stored, then print it
  --timeout D     how long --wait waits (default 5m)`;

const POLL_MS = 250;

export async function run(args: string[]): Promise<number> {
  return withStore(args, { write: true }, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('diagnose', rest, { wait: 'boolean', timeout: 'string', reason: 'string', json: 'boolean' });
    if (positionals.length !== 1) throw new CliError('give exactly one signature id (see rounds diagnose --help)', 2);
    const timeoutMs = typeof options.timeout === 'string' ? parseDurationOption('timeout', options.timeout) : 5 * 60_000;
    const before = await store.requireSignature(positionals[0]);
    const previous = JSON.stringify(before.diagnosis ?? null);
    const requestedMs = Date.now();
    const actions = new SignatureActions(store, { now: () => Date.now() });
    const queued = await actions.requestDiagnosis(before.id, { actor: cliActor(), reason: options.reason as string | undefined });
    if (!options.wait) {
      if (options.json) console.log(JSON.stringify({ id: queued.id, queued: true }));
      else console.log(`queued ${queued.id} for investigation (rounds show ${queued.id} to see the diagnosis)`);
      return 0;
    }
    if (!options.json) process.stderr.write(`queued ${queued.id}; waiting for the diagnosis…\n`);
    const deadline = requestedMs + timeoutMs;
    while (Date.now() < deadline) {
      await sleep(POLL_MS);
      store.refresh(); // see the server's commits
      const sig = await store.getSignature(queued.id);
      const d = sig?.diagnosis;
      // A new diagnosis: stamped after the request, or different from the one before.
      if (d && ((d.createdMs ?? 0) >= requestedMs || JSON.stringify(d) !== previous)) {
        if (options.json) console.log(JSON.stringify(d, null, 2));
        else {
          console.log(`Root cause: ${d.rootCause}`);
          for (const e of d.evidence) console.log(`  - ${e}`);
          console.log(`Suggested fix: ${d.suggestedFix}`);
          console.log(`(${d.model}, confidence ${d.confidence.toFixed(2)})`);
        }
        return 0;
      }
    }
    const entry = await store.getInvestigation(queued.id);
    const state = entry ? `still queued${entry.attempts ? ` after ${entry.attempts} attempt(s)${entry.lastError ? `, last error: ${entry.lastError}` : ''}` : ''}` : 'no longer queued';
    throw new CliError(`no diagnosis for ${queued.id} within ${Math.round(timeoutMs / 1000)}s (${state}; is \`rounds serve\` running with the investigator enabled?)`);
  });
}
