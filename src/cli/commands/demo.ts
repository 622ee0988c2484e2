// `rounds demo`: Rounds working end to end in a few seconds, with nothing to configure. A real
// receiver starts in-process on free ports; seven failure scenarios play through the real
// OpenTelemetry SDK; the investigator (local store, offline evidence diagnoser) diagnoses what
// arrived and the stdout notifier prints each report; a summary closes.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../config.js';
import { playScenarios, scenarioSignature, waitForInvestigations } from '../../demo/run.js';
import { SCENARIOS } from '../../demo/scenarios.js';
import { startRounds } from '../../main.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';

export const summary = 'Play failure scenarios through the OpenTelemetry SDK and watch Rounds diagnose them';

export const usage = `Usage: rounds demo [options]

Starts Rounds in-process on free ports, plays seven failure scenarios (a database refusing
connections on one host, a bad release, a downstream timeout, a missing configuration value,
a burst of rate-limit errors, one availability zone failing, a feature flag) through the real OpenTelemetry SDK, and prints the signatures
and their offline diagnoses. Nothing is sent anywhere but to this in-process receiver.

Options:
  --data-dir DIR   keep the demo's data here, an empty or new directory (inspect it
                   afterwards with \`rounds list --data-dir DIR\`); default: a fresh
                   temporary directory, removed at the end
  --quiet          print only the summary, not each report`;

/** Long enough for a slow machine to finish one more investigation; the demo normally finishes in a few seconds. */
const INVESTIGATION_TIMEOUT_MS = 15_000;

export async function run(args: string[]): Promise<number> {
  const { options, positionals } = parseArgs('demo', args, { 'data-dir': 'string', quiet: 'boolean' });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (see rounds demo --help)`, 2);
  const dataDir = options['data-dir'] as string | undefined;
  const quiet = options.quiet === true;
  if (dataDir === '') throw new CliError('--data-dir needs a directory', 2);
  // The demo's signatures must not mix with real ones, nor a second run's with the first's.
  if (dataDir !== undefined && existsSync(join(dataDir, 'rounds.mdb'))) {
    throw new CliError(`${dataDir} already holds Rounds data; the demo starts from an empty directory (leave out --data-dir for a temporary one)`, 2);
  }
  const temporary = dataDir === undefined;
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'rounds-demo-'));

  // Only the demo's own settings: a .env or environment meant for production must not point
  // the demo at a paid model or a real GitHub repository.
  const config = loadConfig(
    {
      ROUNDS_DATA_DIR: dir,
      OTLP_HOST: '127.0.0.1',
      OTLP_GRPC_PORT: '0',
      OTLP_HTTP_PORT: '0',
      ROUNDS_API_PORT: '0',
      INVESTIGATOR_ENABLED: 'true',
      // The scenarios' ten minutes of traffic arrive in under a second; a two-second settle
      // lets each failure land whole before it is examined (the production default is 30 s).
      INVESTIGATION_SETTLE: '2s',
      INVESTIGATION_CONCURRENCY: '4',
      TELEMETRY_BACKEND: 'local',
      DIAGNOSIS_BACKEND: 'evidence',
      NOTIFICATION_BACKEND: quiet ? [] : 'stdout',
      LOG_LEVEL: 'warn',
    } as Parameters<typeof loadConfig>[0],
    {},
    '',
  );
  const out = process.stdout;
  // Where the time goes, said at the end: loading the code and starting the servers (counted
  // from the process's start: performance.now()'s origin), sending, investigating.
  const started = 0;
  const phases: [string, number][] = [];
  let phaseStart = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push([name, now - phaseStart]);
    phaseStart = now;
  };
  // The scenarios' exporters share this process's event loop (see StartOptions.loopPressure).
  const rounds = await startRounds(config, { logger: pino({ level: 'warn' }, pino.destination(2)), loopPressure: false });
  phase('loading and start-up');
  try {
    out.write(`Data: ${temporary ? `a fresh temporary directory, ${dir} (removed at the end; --data-dir DIR keeps it)` : dir}\n`);
    out.write(`Rounds is receiving OTLP on 127.0.0.1 (gRPC :${rounds.grpcPort}, HTTP :${rounds.httpPort}).\n`);
    out.write(`Playing ${SCENARIOS.length} failure scenarios, with healthy traffic around them, through the OpenTelemetry SDK:\n`);
    for (const s of SCENARIOS) out.write(`  • ${s.title}\n`);
    await playScenarios({ host: '127.0.0.1', grpcPort: rounds.grpcPort, httpPort: rounds.httpPort }, SCENARIOS);
    phase('sending the scenarios');
    out.write('\nInvestigating…\n\n');
    const signatures = await waitForInvestigations(rounds.store, INVESTIGATION_TIMEOUT_MS);
    phase(`investigating (${config.INVESTIGATION_SETTLE / 1000} s of it the settle wait)`);

    const took = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    out.write(`${'─'.repeat(78)}\nSummary: ${signatures.length} signatures in ${took(performance.now() - started)}: ${phases.map(([name, ms]) => `${name} ${took(ms)}`).join(', ')}\n\n`);
    const shown = new Set<string>();
    for (const scenario of SCENARIOS) {
      const sig = scenarioSignature(scenario, signatures);
      out.write(`${scenario.title}\n`);
      if (!sig) {
        out.write('  (no signature found)\n\n');
        continue;
      }
      shown.add(sig.id);
      out.write(describe(sig));
    }
    const others = signatures.filter((s) => !shown.has(s.id));
    if (others.length) {
      out.write(`Also seen (handled exceptions of the healthy traffic, and errors that co-occur with the failures above):\n`);
      for (const sig of others) out.write(`  ${sig.id}  ${sig.service}: ${sig.type}: ${sig.message.slice(0, 70)} (${sig.count}×, ${sig.status})\n`);
      out.write('\n');
    }
    out.write(temporary ? 'The demo data was temporary. Keep it with --data-dir DIR and explore it with `rounds list --data-dir DIR`.\n' : `Explore it: rounds list --data-dir ${dir}    rounds show <id> --data-dir ${dir}\n`);
    const undiagnosed = signatures.filter((s) => s.status !== 'diagnosed');
    return undiagnosed.length === 0 ? 0 : 1;
  } finally {
    await rounds.stop();
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
}

function describe(sig: import('../../core/model.js').Signature): string {
  const d = sig.diagnosis;
  const head = `  ${sig.id}  ${sig.service}: ${sig.type}: ${sig.message.slice(0, 80)} (${sig.count}×)\n`;
  if (!d) return `${head}  not diagnosed (${sig.status})\n\n`;
  return `${head}  → ${d.rootCause}\n    confidence ${Math.round(d.confidence * 100)}%, ${d.model}\n\n`;
}
