// A real Rounds with the investigator on, the local backend, the offline diagnoser and the
// Markdown notifier, with scenarios played into it through the real OpenTelemetry SDK and every
// investigation finished: the set-up the demo-scenario and incident tests share.
import { rmSync } from 'node:fs';
import type { Signature } from '../../src/core/model.js';
import { playScenarios, waitForInvestigations } from '../../src/demo/run.js';
import type { Scenario } from '../../src/demo/scenarios.js';
import { startTestInstance, tempDataDir, type TestInstance } from './rounds-instance.js';

export interface PlayedScenarios {
  rounds: TestInstance;
  /** Every signature, once none is waiting for an investigation. */
  signatures: Signature[];
  /** Where the Markdown notifier wrote its reports. */
  reports: string;
  /** Stops Rounds, deletes its data dir and the reports. */
  dispose(): Promise<void>;
}

export async function playIntoRounds(scenarios: readonly Scenario[], investigationsWithinMs: number): Promise<PlayedScenarios> {
  const reports = tempDataDir('rounds-scenario-reports-');
  const rounds = await startTestInstance({
    INVESTIGATOR_ENABLED: 'true',
    // More margin than the demo's 2 s: the playback must land whole even on a busy machine.
    INVESTIGATION_SETTLE: '3s',
    INVESTIGATION_CONCURRENCY: '4',
    TELEMETRY_BACKEND: 'local',
    DIAGNOSIS_BACKEND: 'evidence',
    NOTIFICATION_BACKEND: 'markdown',
    NOTIFICATION_OUTPUT_DIR: reports,
  });
  const dispose = async () => {
    await rounds.dispose();
    rmSync(reports, { recursive: true, force: true });
  };
  try {
    await playScenarios({ host: '127.0.0.1', grpcPort: rounds.grpcPort, httpPort: rounds.httpPort }, scenarios);
    const signatures = await waitForInvestigations(rounds.store, investigationsWithinMs);
    return { rounds, signatures, reports, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
