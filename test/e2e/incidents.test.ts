// Four hundred and thirty-two incidents (test/fixtures/incidents), each in its own service with healthy
// traffic and background failures over the same instances, routes and tenants, played through the real
// OpenTelemetry SDK (OTLP/gRPC, every span forwarded) into a real Rounds with the investigator,
// the local backend and the offline diagnoser. Each incident's diagnosis must name its culprit
// with the right cause kind; none may rest on the traffic mix (the method or route split).
// `ROUNDS_INCIDENTS_SALT=<n> npx vitest run test/e2e/incidents.test.ts` replays them over other
// noise of the same shape (test/fixtures/incidents/traffic.ts): a diagnosis must not rest on it.
import { describeIncidents } from '../helpers/incidents-suite.js';

describeIncidents('incidents with background noise, through the real SDK');
