// Starts a real Rounds (gRPC, HTTP, API servers on port 0, LMDB in a temp dir) in-process.
import { rmSync } from 'node:fs';
import pino from 'pino';
import { loadConfig, type ConfigKey } from '../../src/config.js';
import { startRounds, type RoundsHandle, type StartOptions } from '../../src/main.js';
import { tempDataDir } from './temp-dir.js';

export interface TestInstance extends RoundsHandle {
  dataDir: string;
  /** Stops the instance and deletes its data dir. */
  dispose(): Promise<void>;
}

export { tempDataDir };

export async function startTestInstance(settings: Partial<Record<ConfigKey, string>> = {}, dataDir = tempDataDir(), options: Omit<StartOptions, 'logger'> = {}): Promise<TestInstance> {
  const config = loadConfig(
    {
      ROUNDS_DATA_DIR: dataDir,
      OTLP_HOST: '127.0.0.1',
      OTLP_GRPC_PORT: '0',
      OTLP_HTTP_PORT: '0',
      ROUNDS_API_PORT: '0',
      INVESTIGATOR_ENABLED: 'false',
      NOTIFICATION_BACKEND: 'stdout',
      SHUTDOWN_GRACE: '2s',
      ...settings,
    },
    {},
    '',
  );
  // In-process tests run their exporters on this process's event loop: a late loop there is
  // the clients' own work, so refusing on it is off unless a test asks for it (overload tests
  // run their clients in a worker thread).
  // `env: {}`: a developer's OTEL_* settings must not turn on the instance's own telemetry.
  const handle = await startRounds(config, { loopPressure: false, env: {}, ...options, logger: pino({ level: 'silent' }) });
  let disposed = false;
  return {
    ...handle,
    dataDir,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await handle.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
