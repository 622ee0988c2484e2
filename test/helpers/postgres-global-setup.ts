// vitest globalSetup: one throwaway PostgreSQL cluster for the whole test run (each test file
// makes its own database in it through test/helpers/postgres.ts), stopped at the end. Where
// PostgreSQL is not installed the run goes on, and every PostgreSQL test fails with the one
// line saying how to install it.
import type { TestProject } from 'vitest/node';
import { PostgresMissingError, startPostgres, type PostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    postgresMissing: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: PostgresServer | undefined;
  try {
    server = await startPostgres();
    project.provide('postgresAdminUrl', server.adminUrl);
    project.provide('postgresMissing', '');
  } catch (error) {
    if (!(error instanceof PostgresMissingError)) throw error;
    project.provide('postgresAdminUrl', '');
    project.provide('postgresMissing', error.message);
  }
  return async () => {
    await server?.stop();
  };
}
