// Page weight and time to first render of the web console on the demo's data, measured by
// Chromium's own performance API (Navigation/Resource/Paint Timing) on cold loads: a fresh
// profile each time, signed in, nothing cached. Needs Debian's chromium at /usr/bin/chromium.
// Run: npx tsx bench/console-load.ts [runs]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { playScenarios, waitForInvestigations } from '../src/demo/run.js';
import { SCENARIOS } from '../src/demo/scenarios.js';
import { startRounds } from '../src/main.js';

const RUNS = Number(process.argv[2] ?? 5);
const KEY = 'bench-console-key';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Sample {
  documentBytes: number;
  assetBytes: number;
  dataBytes: number;
  assetBytesDecoded: number;
  requests: number;
  firstContentfulPaintMs: number;
  firstRowsMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(url: string, cookie: string, ready: string): Promise<Sample> {
  const profile = mkdtempSync(join(tmpdir(), 'rounds-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1280, height: 800 } });
  try {
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, domain: new URL(url).hostname, path: '/' }]);
    const page = await context.newPage();
    // Records when the first content the user came for is in the DOM (injected by the driver, not the page).
    await page.addInitScript((selector: string) => {
      const w = globalThis as any;
      new w.MutationObserver((_: unknown, observer: any) => {
        if (w.document.querySelector(selector)) {
          w.__readyAt = w.performance.now();
          observer.disconnect();
        }
      }).observe(w.document, { childList: true, subtree: true });
    }, ready);
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 30_000 }).catch(async (e) => {
      throw new Error(`${url}: ${ready} never appeared; the page shows: ${(await page.locator('body').innerText()).slice(0, 300)}`, { cause: e });
    });
    await page.waitForLoadState('networkidle');
    return await page.evaluate(() => {
      const w = globalThis as any;
      const nav = w.performance.getEntriesByType('navigation')[0];
      const resources = w.performance.getEntriesByType('resource') as { name: string; transferSize: number; decodedBodySize: number; initiatorType: string }[];
      const assets = resources.filter((r) => r.name.includes('/console/assets/'));
      const data = resources.filter((r) => !r.name.includes('/console/assets/'));
      const fcp = w.performance.getEntriesByName('first-contentful-paint')[0];
      return {
        documentBytes: nav.transferSize,
        assetBytes: assets.reduce((a, r) => a + r.transferSize, 0),
        assetBytesDecoded: assets.reduce((a, r) => a + r.decodedBodySize, 0),
        dataBytes: data.reduce((a, r) => a + r.transferSize, 0),
        requests: 1 + resources.length,
        firstContentfulPaintMs: fcp ? fcp.startTime : NaN,
        firstRowsMs: w.__readyAt,
      };
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'rounds-bench-console-'));
const config = loadConfig(
  {
    ROUNDS_DATA_DIR: dir,
    OTLP_HOST: '127.0.0.1',
    OTLP_GRPC_PORT: '0',
    OTLP_HTTP_PORT: '0',
    ROUNDS_API_PORT: '0',
    WEBHOOK_API_KEY: KEY,
    INVESTIGATION_SETTLE: '2s',
    INVESTIGATION_CONCURRENCY: '4',
    NOTIFICATION_BACKEND: 'markdown',
    NOTIFICATION_OUTPUT_DIR: join(dir, 'reports'),
  },
  {},
  '',
);
const rounds = await startRounds(config, { logger: pino({ level: 'silent' }) });
try {
  await playScenarios({ host: '127.0.0.1', grpcPort: rounds.grpcPort, httpPort: rounds.httpPort }, SCENARIOS);
  const signatures = await waitForInvestigations(rounds.store, 60_000);
  const base = `http://127.0.0.1:${rounds.apiPort}`;
  const login = await fetch(`${base}/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-rounds-console': '1' }, body: JSON.stringify({ key: KEY, name: 'bench' }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const top = signatures[0];
  console.log(`demo data: ${signatures.length} signatures; ${RUNS} cold loads each (fresh Chromium profile, signed in)`);
  console.log('page            document  assets(wire)  assets(raw)  data(wire)  requests  FCP ms  content ms');
  for (const [label, url, ready] of [
    ['list /', `${base}/`, 'table.signatures tbody tr'],
    ['detail', `${base}/signatures/${top.id}`, '.sig-header'],
  ] as const) {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await measure(url, cookie, ready));
    const m = (k: keyof Sample) => median(samples.map((s) => s[k]));
    console.log(
      `${label.padEnd(15)} ${String(m('documentBytes')).padStart(8)}  ${String(m('assetBytes')).padStart(12)}  ${String(m('assetBytesDecoded')).padStart(11)}  ${String(m('dataBytes')).padStart(10)}  ${String(m('requests')).padStart(8)}  ${m('firstContentfulPaintMs').toFixed(0).padStart(6)}  ${m('firstRowsMs').toFixed(0).padStart(10)}`,
    );
  }
  console.log('bytes: medians of transferSize (on the wire, incl. headers) and decodedBodySize; FCP: first-contentful-paint; content: the first signature row / the signature page in the DOM, ms since navigation start');
} finally {
  await rounds.stop();
  rmSync(dir, { recursive: true, force: true });
}
