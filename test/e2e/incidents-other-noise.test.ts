// The incidents again over other noise of the same shape (test/fixtures/incidents/traffic.ts: every
// seed xor-ed with ROUNDS_INCIDENTS_SALT): which instances, tenants and routes each request gets and
// which requests fail in the background change, what each incident does stays. A diagnosis that
// held only for the default noise rested on chance; replaying with other salts and volumes found
// seven such incidents (test/core/causes-noise.test.ts). A file of its own, so the salt is this
// process's only.
import { describeIncidents } from '../helpers/incidents-suite.js';

process.env.ROUNDS_INCIDENTS_SALT ??= '777';

describeIncidents(`incidents over other background noise (salt ${process.env.ROUNDS_INCIDENTS_SALT})`);
