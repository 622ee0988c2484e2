// Settings from Rounds' polling days, still found in deployed env files. Each one is honoured
// where it still means something (mapped to today's setting, which wins when both are set),
// and otherwise ignored with a line saying why: never silently. README "Settings from older
// deployments" lists them.

export interface SettingNotice {
  setting: string;
  message: string;
}

export interface LegacyTranslation {
  /** Today's settings implied by old ones (used only where today's setting is not given). */
  settings: Record<string, string>;
  notices: SettingNotice[];
  /** A combination that cannot be honoured safely: start-up stops with this line. */
  error?: string;
}

const TRUE = /^(true|1|yes)$/i;
const FALSE = /^(false|0|no)$/i;

export function translateLegacySettings(given: Readonly<Record<string, string | undefined>>): LegacyTranslation {
  const settings: Record<string, string> = {};
  const notices: SettingNotice[] = [];
  const note = (setting: string, message: string) => notices.push({ setting, message: `${setting}: ${message}` });
  /** Maps an old setting to today's, unless today's is given too. */
  const honour = (old: string, current: string, value: string, what: string) => {
    if (given[current] !== undefined) note(old, `ignored, ${current} is set and wins (${what})`);
    else {
      settings[current] = value;
      note(old, `honoured as ${current}=${value} (${what}); rename it`);
    }
  };

  const webhookPort = given.WEBHOOK_PORT;
  if (webhookPort !== undefined) honour('WEBHOOK_PORT', 'ROUNDS_API_PORT', webhookPort, 'the API port, which also serves POST /diagnose');

  const requireAuth = given.WEBHOOK_REQUIRE_AUTH;
  if (requireAuth !== undefined) {
    if (TRUE.test(requireAuth)) {
      if (given.WEBHOOK_API_KEY === undefined) {
        return { settings, notices, error: 'invalid setting WEBHOOK_REQUIRE_AUTH: "true" needs WEBHOOK_API_KEY, the key the API then requires' };
      }
      note('WEBHOOK_REQUIRE_AUTH', 'honoured: the API requires WEBHOOK_API_KEY (it always does once a key is set; the setting can go)');
    } else if (FALSE.test(requireAuth)) {
      honour('WEBHOOK_REQUIRE_AUTH', 'API_AUTH_DISABLED', 'true', 'the API answers without a key even beyond loopback; keep it behind an authenticating proxy');
    } else {
      return { settings, notices, error: `invalid setting WEBHOOK_REQUIRE_AUTH: ${JSON.stringify(requireAuth)} is not true or false` };
    }
  }

  const runMode = given.RUN_MODE;
  if (runMode !== undefined) {
    if (/^(daemon|webhook)$/i.test(runMode)) note('RUN_MODE', `"${runMode}" is what \`rounds serve\` does (receiver, investigator and API in one process); the setting can go`);
    else if (/^cli$/i.test(runMode)) note('RUN_MODE', '"cli" is now the `rounds` commands (rounds list, show, resolve, mute, diagnose …; see rounds --help); this process serves');
    else note('RUN_MODE', `"${runMode}" means nothing to this version and is ignored (\`rounds serve\` receives, investigates and serves the API)`);
  }

  const backend = given.DIAGNOSIS_BACKEND ?? 'evidence';
  const budgets: [string, string[]][] = [
    ['CLAUDE_CODE_BUDGET_USD', ['anthropic', 'command']],
    ['OPENAI_BUDGET_USD', ['openai']],
  ];
  for (const [old, backends] of budgets) {
    const value = given[old];
    if (value === undefined) continue;
    if (backends.includes(backend)) honour(old, 'DIAGNOSIS_BUDGET_USD', value, `the most one diagnosis by ${backend} may cost`);
    else note(old, `ignored: it caps ${backends.join(' or ')} diagnoses and DIAGNOSIS_BACKEND is ${backend}`);
  }

  const lookback = given.ERROR_LOOKBACK_MINUTES;
  if (lookback !== undefined) {
    const minutes = /^\s*\d+\s*$/.test(lookback) ? Number(lookback) : NaN;
    if (!Number.isFinite(minutes) || minutes <= 0) return { settings, notices, error: `invalid setting ERROR_LOOKBACK_MINUTES: ${JSON.stringify(lookback)} is not a whole number of minutes` };
    honour('ERROR_LOOKBACK_MINUTES', 'INVESTIGATION_CONTEXT_WINDOW', `${minutes}m`, 'how far back the investigator reads context before a signature\'s last occurrence');
  }

  if (given.STORE_SQLITE_PATH !== undefined) {
    note('STORE_SQLITE_PATH', `no longer used: Rounds keeps its data in LMDB under ROUNDS_DATA_DIR (${given.ROUNDS_DATA_DIR ?? './data'}); the SQLite file is not read`);
  }
  const storeBackend = given.STORE_BACKEND;
  if (storeBackend !== undefined) {
    if (/^sqlite$/i.test(storeBackend)) {
      note('STORE_BACKEND', `"sqlite" was replaced by the embedded LMDB store in ROUNDS_DATA_DIR (${given.ROUNDS_DATA_DIR ?? './data'}); replicas share one database with STORE_BACKEND=postgresql`);
    } else if (!/^(lmdb|postgresql)$/i.test(storeBackend)) return { settings, notices, error: `invalid setting STORE_BACKEND: ${JSON.stringify(storeBackend)} is not one of lmdb, postgresql` };
  }
  for (const poll of ['POLL_INTERVAL_SECONDS', 'POLL_BATCH_SIZE']) {
    if (given[poll] !== undefined) note(poll, 'ignored: Rounds no longer polls; the Collector pushes errors to it over OTLP');
  }
  return { settings, notices };
}
