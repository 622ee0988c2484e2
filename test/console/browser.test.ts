// The web console in a real browser: Debian's Chromium, driven by playwright-core, against a
// real Rounds that received the demo's failure scenarios (and one more error) through the
// real OpenTelemetry SDK and diagnosed them. Screenshots go to a temp dir, or to docs/ when
// ROUNDS_CONSOLE_SCREENSHOTS=docs (to refresh the README's pictures).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playScenarios, waitForInvestigations } from '../../src/demo/run.js';
import { SCENARIOS } from '../../src/demo/scenarios.js';
import { ROOT } from '../helpers/cli.js';
import { failingSpan, tracerFor } from '../helpers/otel-clients.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';
import { ensureConsoleBuilt } from './console-build.js';
import { allSignatures } from '../helpers/temp-store.js';

const CHROMIUM = '/usr/bin/chromium';
const KEY = 'browser-test-key-5150';
const JAEGER = 'http://jaeger.example:16686/trace/{traceId}';

class InvoiceLockedError extends Error {
  override name = 'InvoiceLockedError';
}

/** A fresh profile per browser, started as the issue asks (headless, no background traffic). */
async function launch(): Promise<{ context: BrowserContext; dispose: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\``);
  const profile = mkdtempSync(join(tmpdir(), 'rounds-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    dispose: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

describe('web console in Chromium', () => {
  let rounds: TestInstance;
  let base: string;
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  /** Anything the page logs as an error (CSP violations included) or fails to load. */
  const problems: string[] = [];
  const shots = process.env.ROUNDS_CONSOLE_SCREENSHOTS === 'docs' ? join(ROOT, 'docs') : mkdtempSync(join(tmpdir(), 'rounds-console-shots-'));

  beforeAll(async () => {
    await ensureConsoleBuilt();
    browser = await launch();
    const dataDir = tempDataDir();
    rounds = await startTestInstance({
      WEBHOOK_API_KEY: KEY,
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '2s',
      INVESTIGATION_CONCURRENCY: '4',
      TELEMETRY_BACKEND: 'local',
      DIAGNOSIS_BACKEND: 'evidence',
      // Reports go to files in the data dir rather than into the test output.
      NOTIFICATION_BACKEND: 'markdown',
      NOTIFICATION_OUTPUT_DIR: join(dataDir, 'reports'),
      CONSOLE_JAEGER_TRACE_URL: JAEGER,
    }, dataDir);
    base = `http://127.0.0.1:${rounds.apiPort}`;
    const { tracer, provider } = tracerFor('grpc', rounds, 'billing');
    failingSpan(tracer, 'POST /invoices/:id/send', new InvoiceLockedError('invoice is locked while the month closes'));
    await provider.forceFlush();
    await provider.shutdown();
    await playScenarios({ host: '127.0.0.1', grpcPort: rounds.grpcPort, httpPort: rounds.httpPort }, SCENARIOS);
    const signatures = await waitForInvestigations(rounds.store, 90_000);
    expect(signatures.filter((s) => s.status !== 'diagnosed').map((s) => s.type)).toEqual([]);
    page = await browser.context.newPage();
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.dispose();
    await rounds?.dispose();
  });

  const rows = () => page.locator('table.signatures tbody tr');
  const serviceCells = () => page.locator('table.signatures tbody td[data-label="Service"]').allTextContents();
  const signatureCount = async (filter: (s: { service: string; message: string; mergedInto?: string }) => boolean = () => true) => (await allSignatures(rounds.store)).filter((s) => !s.mergedInto && filter(s)).length;

  it('shows a visitor without the key the sign-in form, and no data', async () => {
    const visitor = await launch();
    try {
      const p = await visitor.context.newPage();
      await p.goto(base);
      await p.getByLabel('API key').waitFor();
      expect(await p.locator('table').count()).toBe(0);
      expect(await p.content()).not.toContain('RateLimitError');
      const statuses = await p.evaluate(async () => Promise.all(['/api/signatures', '/console/api/sparklines?ids=x'].map(async (u) => (await fetch(u)).status)));
      expect(statuses).toEqual([401, 401]);
      await p.getByLabel('API key').fill('wrong-key');
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByRole('alert').filter({ hasText: 'wrong API key' }).waitFor();
      expect(await p.locator('table').count()).toBe(0);
    } finally {
      await visitor.dispose();
    }
  }, 120_000);

  it('signs in and lists the signatures sent through the OTel SDK, each with a sparkline', async () => {
    await page.goto(base);
    await page.getByLabel('API key').fill(KEY);
    await page.getByLabel('Your name').fill('ana');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as web:ana').waitFor();
    await rows().first().waitFor();
    expect(await rows().count()).toBe(await signatureCount());
    const text = await page.locator('table.signatures').textContent();
    for (const type of ['InvoiceLockedError', 'RateLimitError', 'TypeError', 'CardDeclinedError']) expect(text).toContain(type);
    expect(await page.locator('table.signatures svg.sparkline').count()).toBe(await signatureCount());
    await page.screenshot({ path: join(shots, 'console-list.png') });
    expect(problems).toEqual([]);
  }, 120_000);

  it('narrows the list with a filter and with a search, keeping both in the URL', async () => {
    await page.getByLabel('Service').fill('checkout');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/service=checkout/);
    const checkout = await signatureCount((s) => s.service === 'checkout');
    await expect.poll(serviceCells, { timeout: 60_000 }).toEqual(Array(checkout).fill('checkout'));
    expect(checkout).toBeLessThan(await signatureCount());

    await page.getByLabel('Search').fill('ECONNREFUSED');
    await page.getByLabel('Search').press('Enter');
    await page.waitForURL(/q=ECONNREFUSED/);
    await expect.poll(async () => (await page.locator('table.signatures tbody .message').allTextContents()).join('|'), { timeout: 60_000 }).toMatch(/^connect ECONNREFUSED [^|]*$/);

    // The URL alone restores the view (a shared link).
    await page.goto(`${base}/?service=checkout&q=ECONNREFUSED`);
    await expect.poll(async () => rows().count(), { timeout: 60_000 }).toBe(1);
    expect(problems).toEqual([]);
  }, 120_000);

  it('opens a signature by keyboard and shows its stack trace, diagnosis and trace links', async () => {
    const link = page.locator('table.signatures tbody a').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/signatures\/[0-9a-f]+/);
    const id = /\/signatures\/([0-9a-f]+)/.exec(page.url())![1];
    const sig = await rounds.store.requireSignature(id);
    expect(sig.message).toContain('ECONNREFUSED');

    await page.getByRole('heading', { name: 'Stack trace' }).waitFor();
    const inApp = await page.locator('.stack .frame.in-app').allTextContents();
    expect(inApp.some((f) => f.includes('CheckoutService.placeOrder'))).toBe(true);
    expect(await page.locator('.stack .library summary').count()).toBeGreaterThan(0);

    const rootCause = await page.locator('.diagnosis .root-cause').textContent();
    expect(rootCause).toBe(sig.diagnosis!.rootCause);
    const facts = await page.locator('.diagnosis .facts').textContent();
    expect(facts).toContain(`${Math.round(sig.diagnosis!.confidence * 100)}%`);
    expect(facts).toContain('evidence');

    const traceHref = await page.getByRole('link', { name: 'Open in Jaeger' }).getAttribute('href');
    expect(traceHref).toMatch(/^http:\/\/jaeger\.example:16686\/trace\/[0-9a-f]{32}$/);

    await page.getByRole('link', { name: 'Last 3 hours by minute' }).click();
    await page.waitForURL(/bucket=minute/);
    await page.locator('.timeline figcaption').filter({ hasText: 'per minute' }).waitFor();
    await page.screenshot({ path: join(shots, 'console-detail.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 120_000);

  it('resolves and mutes from the detail page, and the history names the signed-in user', async () => {
    const id = /\/signatures\/([0-9a-f]+)/.exec(page.url())![1];
    await page.getByLabel('In release (optional)').fill('2.3.2');
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Resolve: status is now resolved' }).waitFor();
    await page.locator('.sig-header .badge', { hasText: 'resolved' }).waitFor();
    await page.locator('table.history tbody tr').first().filter({ hasText: 'web:ana' }).filter({ hasText: 'resolve in 2.3.2' }).waitFor();

    await page.getByLabel('Duration', { exact: true }).fill('2h');
    await page.getByRole('button', { name: 'Mute', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Mute: status is now muted' }).waitFor();
    await page.locator('.sig-header .badge', { hasText: 'muted' }).waitFor();
    await page.locator('table.history tbody tr').first().filter({ hasText: 'web:ana' }).filter({ hasText: 'mute until' }).waitFor();

    const stored = await rounds.store.requireSignature(id);
    expect(stored.status).toBe('muted');
    expect(stored.history.slice(-2).map((h) => [h.actor, h.from, h.to])).toEqual([
      ['web:ana', 'diagnosed', 'resolved'],
      ['web:ana', 'resolved', 'muted'],
    ]);

    // An action the API refuses shows its error instead of a result.
    await page.getByLabel('Signature to merge into this one (id)').fill('ffffffffffff');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Merge failed' }).filter({ hasText: 'SIGNATURE_NOT_FOUND' }).waitFor();
    expect(problems.filter((p) => !/^404 .*\/merge$/.test(p) && !p.includes('404 (Not Found)'))).toEqual([]);
  }, 120_000);

  it('fits a narrow screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(base);
    await rows().first().waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 120_000);
});
