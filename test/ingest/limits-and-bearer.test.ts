// Settings that would make the receiver refuse everything, or accept everything, are refused
// at start-up with one line (exit 2); and one reading of `Authorization: Bearer` for the OTLP
// transports and the API.
import { constants as bufferConstants } from 'node:buffer';
import { beforeAll, describe, expect, it } from 'vitest';
import { presentedKey } from '../../src/api/auth.js';
import { loadConfig } from '../../src/config.js';
import { bearerCredential } from '../../src/core/bearer.js';
import { bearerTokenCheck } from '../../src/ingest/auth.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';

describe('start-up refuses limits that make no sense', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('an empty --auth-token is an error, not "authentication off"', async () => {
    const result = await runCli(['serve', '--auth-token', '', '--data-dir', '/nonexistent/never-created']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/(OTLP_AUTH_TOKEN|--auth-token).*must not be empty/);
    expect(result.stderr).not.toMatch(/at \w+ \(/);
  });

  it('an empty OTLP_AUTH_TOKEN in the environment is an error too', () => {
    expect(() => loadConfig({}, { OTLP_AUTH_TOKEN: '' }, '')).toThrow(/OTLP_AUTH_TOKEN.*must not be empty/);
    expect(loadConfig({}, {}, '').OTLP_AUTH_TOKEN).toBeUndefined();
  });

  it('--max-message-bytes beyond what zlib can inflate into one buffer is an error', async () => {
    const tooBig = String(bufferConstants.MAX_LENGTH + 1);
    const result = await runCli(['serve', '--max-message-bytes', tooBig, '--data-dir', '/nonexistent/never-created'], { env: { OTLP_MAX_BUFFERED_BYTES: String(2 ** 53 - 1) } });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/(OTLP_MAX_MESSAGE_BYTES|--max-message-bytes).*(largest buffer|is more than)/);
  });

  it('a message limit above the byte budget is an error (no such message could be admitted)', () => {
    expect(() => loadConfig({ OTLP_MAX_MESSAGE_BYTES: String(512 * 1024 * 1024) }, {}, '')).toThrow(/OTLP_MAX_MESSAGE_BYTES.*OTLP_MAX_BUFFERED_BYTES/);
    expect(loadConfig({ OTLP_MAX_MESSAGE_BYTES: String(512 * 1024 * 1024), OTLP_MAX_BUFFERED_BYTES: String(1024 * 1024 * 1024) }, {}, '').OTLP_MAX_MESSAGE_BYTES).toBe(512 * 1024 * 1024);
  });
});

describe('one reading of the Bearer scheme', () => {
  // Scheme names are case-insensitive (RFC 9110 §11.1); the token is what follows the spaces.
  const accepted = ['Bearer abc', 'bearer abc', 'BEARER abc', 'Bearer   abc', 'Bearer\tabc', '  Bearer abc  '];
  const refused = ['abc', 'Bearerabc', 'Bearer', 'Bearer ', 'Basic abc', 'Token abc', ''];

  it('reads the credential', () => {
    for (const header of accepted) expect(bearerCredential(header), header).toBe('abc');
    for (const header of refused) expect(bearerCredential(header), header).toBeUndefined();
    expect(bearerCredential('Bearer a b')).toBe('a b');
  });

  it('the OTLP token check and the API key lookup agree on every form', () => {
    const check = bearerTokenCheck('abc');
    for (const header of [...accepted, ...refused, 'Bearer abcd', 'Bearer ab']) {
      expect(check(header), header).toBe(presentedKey({ authorization: header }) === 'abc');
    }
  });

  it('an empty token cannot turn the check off', () => {
    expect(() => bearerTokenCheck('')).toThrow(/empty/);
    expect(bearerTokenCheck(undefined)(undefined)).toBe(true);
  });
});
