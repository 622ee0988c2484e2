// A real Rounds with the investigator on, the local backend, the offline diagnoser and the
// Markdown notifier, with scenarios played into it through the real OpenTelemetry SDK and every
// investigation finished: the set-up the demo-scenario and incident tests share.
import { rmSync } from 'node:fs';
import type { IdGenerator } from '@opentelemetry/sdk-trace';
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
  /** The time on Rounds' clock (`scenarioClock`): what a test compares its reports with. */
  now(): number;
}

/**
 * Rounds' clock in these tests: 10:40 UTC on a Wednesday when the set-up starts, then running as
 * the real one does, except while it is paused. The scenarios' timelines end at its "now", and the
 * evidence counts by hour (hourly baselines, trends over the last hour and day): played at the
 * real time, an incident that began just past an hour had a baseline hour holding a minute of its
 * healthy traffic, and the diagnosis then depended on the minute the suite ran. Everything in
 * Rounds reads the time from this clock (main.ts' StartOptions), the scenarios give every span its
 * time from it.
 */
export interface ScenarioClock {
  now(): number;
  /** Stops the clock where it is (until `resume`). */
  pause(): void;
  /** Runs it on from where it was paused. */
  resume(): void;
}

export function scenarioClock(start = Date.UTC(2026, 2, 4, 10, 40)): ScenarioClock {
  let base = start;
  let runningSince: number | undefined = Date.now();
  return {
    now: () => (runningSince === undefined ? base : base + (Date.now() - runningSince)),
    pause() {
      if (runningSince === undefined) return;
      base += Date.now() - runningSince;
      runningSince = undefined;
    },
    resume() {
      runningSince ??= Date.now();
    },
  };
}

/** `ids`: the spans' ids (playScenarios), seeded where a suite must play the same twice. */
export async function playIntoRounds(scenarios: readonly Scenario[], investigationsWithinMs: number, ids?: IdGenerator): Promise<PlayedScenarios> {
  const dataDir = tempDataDir();
  const reports = tempDataDir('rounds-scenario-reports-');
  // The playback lands first, the investigations run once it is whole: an investigation looks
  // once its signature has settled (INVESTIGATION_SETTLE after it was first seen), and on a busy
  // machine a playback of thirty services outlasts any settle short enough for a test, so an
  // early signature was diagnosed from the first minutes of its incident (without its healthy
  // baseline, its later releases or hours). A real Rounds' default settle is 30 s of live time;
  // here the same Rounds, restarted on its data dir, investigates everything the playback queued.
  //
  // The clock stands still while the playback lands: how long the SDK's exports take depends on
  // the machine's load (on a loaded two-core machine a playback outlasted five minutes), and the
  // evidence reads what happened relative to its now — a burst is the last five minutes' count —
  // so a slow playback had moved the incidents out of the window they were played into. Every
  // span's time is from the scenarios' timelines, which end at this now, whatever the playback took.
  const clock = scenarioClock();
  const receiver = await startTestInstance({}, dataDir, { clock });
  clock.pause();
  try {
    await playScenarios({ host: '127.0.0.1', grpcPort: receiver.grpcPort, httpPort: receiver.httpPort }, scenarios, clock.now(), ids);
  } catch (error) {
    await receiver.dispose();
    rmSync(reports, { recursive: true, force: true });
    throw error;
  }
  await receiver.stop();
  clock.resume();
  const rounds = await startTestInstance(
    {
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '0s',
      INVESTIGATION_CONCURRENCY: '4',
      // Every signature of the playback is to be diagnosed: the incidents suite queues more than the
      // 1000 new investigations a Rounds keeps by default during an incident (the rest are shed).
      INVESTIGATION_SHED_ABOVE: '100000',
      TELEMETRY_BACKEND: 'local',
      DIAGNOSIS_BACKEND: 'evidence',
      NOTIFICATION_BACKEND: 'markdown',
      NOTIFICATION_OUTPUT_DIR: reports,
    },
    dataDir,
    { clock },
  );
  const dispose = async () => {
    await rounds.dispose();
    rmSync(reports, { recursive: true, force: true });
  };
  try {
    const signatures = await waitForInvestigations(rounds.store, investigationsWithinMs);
    return { rounds, signatures, reports, dispose, now: () => clock.now() };
  } catch (error) {
    await dispose();
    throw error;
  }
}
