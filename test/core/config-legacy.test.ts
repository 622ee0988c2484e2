// Settings from older deployments: honoured where they still mean something, today's setting
// wins when both are given, and everything else is ignored out loud.
import { describe, expect, it } from 'vitest';
import { loadConfigWithNotices } from '../../src/config.js';
import { translateLegacySettings } from '../../src/config-legacy.js';

const load = (env: Record<string, string>) => loadConfigWithNotices({}, env, '');

describe('settings from older deployments', () => {
  it("maps WEBHOOK_PORT, the budgets and the lookback to today's settings", () => {
    const { config, notices } = load({ WEBHOOK_PORT: '9000', DIAGNOSIS_BACKEND: 'command', DIAGNOSIS_COMMAND: 'claude -p', CLAUDE_CODE_BUDGET_USD: '0.3', ERROR_LOOKBACK_MINUTES: '45' });
    expect(config.ROUNDS_API_PORT).toBe(9000);
    expect(config.DIAGNOSIS_BUDGET_USD).toBe(0.3);
    expect(config.INVESTIGATION_CONTEXT_WINDOW).toBe(45 * 60_000);
    expect(notices.map((n) => n.setting).sort()).toEqual(['CLAUDE_CODE_BUDGET_USD', 'ERROR_LOOKBACK_MINUTES', 'WEBHOOK_PORT']);
  });

  it("lets today's setting win, and says so", () => {
    const { config, notices } = load({ WEBHOOK_PORT: '9000', ROUNDS_API_PORT: '9100', OPENAI_BUDGET_USD: '2', DIAGNOSIS_BACKEND: 'openai', OPENAI_API_KEY: 'k', DIAGNOSIS_BUDGET_USD: '0.1' });
    expect(config.ROUNDS_API_PORT).toBe(9100);
    expect(config.DIAGNOSIS_BUDGET_USD).toBe(0.1);
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^WEBHOOK_PORT: ignored, ROUNDS_API_PORT is set and wins/),
      expect.stringMatching(/^OPENAI_BUDGET_USD: ignored, DIAGNOSIS_BUDGET_USD is set and wins/),
    ]);
  });

  it('WEBHOOK_REQUIRE_AUTH=false opens the API beyond loopback; =true without a key stops start-up', () => {
    expect(load({ WEBHOOK_REQUIRE_AUTH: 'false' }).config.API_AUTH_DISABLED).toBe(true);
    expect(() => load({ WEBHOOK_REQUIRE_AUTH: 'true' })).toThrow(/WEBHOOK_REQUIRE_AUTH: "true" needs WEBHOOK_API_KEY/);
    expect(translateLegacySettings({ WEBHOOK_REQUIRE_AUTH: 'true', WEBHOOK_API_KEY: 'k' }).notices).toHaveLength(1);
  });

  it('RUN_MODE cli points at the commands; an unknown mode is ignored out loud', () => {
    expect(translateLegacySettings({ RUN_MODE: 'cli' }).notices[0].message).toMatch(/rounds list, show/);
    expect(translateLegacySettings({ RUN_MODE: 'batch' }).notices[0].message).toMatch(/"batch" means nothing to this version/);
  });

  it('a lookback that is not whole minutes stops start-up', () => {
    expect(() => load({ ERROR_LOOKBACK_MINUTES: 'an hour' })).toThrow(/ERROR_LOOKBACK_MINUTES: "an hour" is not a whole number of minutes/);
  });

  it('says nothing when no old setting is present', () => {
    expect(load({ ROUNDS_API_PORT: '4321' }).notices).toEqual([]);
  });
});
