// PostgreSQL for a test file: a fresh database in the run's throwaway cluster
// (test/helpers/postgres-global-setup.ts starts it), so test files never see each other's rows.
import postgres from 'postgres';
import { inject } from 'vitest';

let counter = 0;

/** The URL of a new, empty database; fails with the install line where PostgreSQL is missing. */
export async function postgresDatabase(prefix = 'rounds'): Promise<string> {
  const missing = inject('postgresMissing');
  if (missing) throw new Error(missing);
  const adminUrl = inject('postgresAdminUrl');
  const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
