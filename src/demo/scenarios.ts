// The failure scenarios of `rounds demo` (and of test/e2e/demo-scenarios.test.ts): each plays
// some minutes of a small system's traffic through the real OpenTelemetry SDK — healthy
// requests, the handled exceptions every real service records now and then, and one failure —
// and says which stored signature is its failure and what a good diagnosis must name.
//
// Rounds stores errors only, so the handled exceptions of healthy traffic are what tells it
// that a service runs on three hosts or ran an older release before: the baseline that "only
// on checkout-2" and "since 4.2.0" are measured against.
import type { Signature } from '../core/model.js';
import { SpanKind, type DemoException, type DemoTelemetry, type ServiceIdentity } from './telemetry.js';

export interface Scenario {
  name: string;
  title: string;
  /** Which signature is this scenario's failure. */
  matches(signature: Signature): boolean;
  /** What the diagnosis (root cause and evidence) must name. */
  expected: RegExp[];
  /** Schedules the scenario's requests (`t.at`) on a timeline ending at `nowMs`. */
  play(t: DemoTelemetry, nowMs: number): void;
}

const MIN = 60_000;

const exception = (name: string, message: string, frames: string[]): DemoException => ({ name, message, stack: [`${name}: ${message}`, ...frames.map((f) => `    at ${f}`)].join('\n') });

const dbRefused: Scenario = {
  name: 'db-refused-one-host',
  title: 'A database refusing connections on one host',
  matches: (s) => s.service === 'checkout' && /ECONNREFUSED/.test(s.message),
  expected: [/checkout-2/, /10\.0\.0\.5:5432|PostgreSQL/],
  play(t, now) {
    const at = (host: string): ServiceIdentity => ({ service: 'checkout', version: '2.3.1', host });
    const declined = exception('CardDeclinedError', 'card declined by issuer', ['PaymentGateway.authorize (/app/src/payments/gateway.js:64:13)', 'CheckoutService.placeOrder (/app/src/checkout/service.js:71:22)']);
    const refused = exception('Error', 'connect ECONNREFUSED 10.0.0.5:5432', [
      'TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
      'Client._connect (/app/node_modules/pg/lib/client.js:132:11)',
      'OrderRepository.findOpenOrder (/app/src/orders/repository.js:42:18)',
      'CheckoutService.placeOrder (/app/src/checkout/service.js:77:30)',
    ]);
    for (let i = 0; i < 36; i++) {
      const host = `checkout-${(i % 3) + 1}`;
      const start = now - 9 * MIN + i * 15_000;
      // From four minutes ago checkout-2 cannot reach the database; the others can.
      const broken = host === 'checkout-2' && start >= now - 4 * MIN;
      t.at(start, () => {
        const root = t.span(at(host), { name: 'POST /checkout', startMs: start, durationMs: 45, attributes: { 'http.request.method': 'POST', 'http.route': '/checkout', 'http.response.status_code': broken ? 503 : 200 }, handled: !broken && i % 2 === 0 ? declined : undefined });
        t.span(at(host), { name: 'SELECT orders', parent: root, kind: SpanKind.CLIENT, startMs: start + 5, durationMs: broken ? 3 : 20, attributes: { 'db.system.name': 'postgresql', 'server.address': '10.0.0.5', 'server.port': 5432 }, error: broken ? refused : undefined });
        if (broken) {
          // Retries of the failed request, as a client library would make them.
          for (let r = 1; r <= 2; r++) t.span(at(host), { name: 'SELECT orders', parent: root, kind: SpanKind.CLIENT, startMs: start + 5 + r * 10, durationMs: 3, attributes: { 'db.system.name': 'postgresql', 'server.address': '10.0.0.5', 'server.port': 5432 }, error: refused });
        }
      });
    }
  },
};

const badRelease: Scenario = {
  name: 'bad-release',
  title: 'A bad release introducing a TypeError',
  matches: (s) => s.service === 'cart' && s.type === 'TypeError',
  expected: [/4\.2\.0/, /applyDiscount/],
  play(t, now) {
    const cacheMiss = exception('CacheMissError', 'price cache miss, loaded from database', ['PriceCache.get (/app/src/cart/price-cache.js:23:11)', 'Cart.total (/app/src/cart/cart.js:38:19)']);
    const typeError = exception('TypeError', "Cannot read properties of undefined (reading 'amount')", [
      'applyDiscount (/app/src/cart/discounts.js:88:31)',
      'Cart.total (/app/src/cart/cart.js:41:22)',
      'CartController.addItem (/app/src/http/cart-controller.js:19:27)',
      'process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
    ]);
    const deployAt = now - 4 * MIN;
    for (let i = 0; i < 40; i++) {
      const start = now - 10 * MIN + i * 15_000;
      const version = start < deployAt ? '4.1.0' : '4.2.0';
      const id: ServiceIdentity = { service: 'cart', version, host: `cart-${(i % 2) + 1}` };
      // 4.2.0 breaks every discounted cart (two requests in three), on every host.
      const failing = version === '4.2.0' && i % 3 !== 0;
      t.at(start, () => t.span(id, { name: 'POST /cart/items', startMs: start, durationMs: 30, attributes: { 'http.request.method': 'POST', 'http.route': '/cart/items', 'http.response.status_code': failing ? 500 : 200 }, error: failing ? typeError : undefined, handled: !failing && i % 3 === 0 ? cacheMiss : undefined }));
    }
  },
};

const downstreamTimeout: Scenario = {
  name: 'downstream-timeout',
  title: 'A downstream timeout surfacing upstream',
  matches: (s) => s.service === 'frontend' && /Gateway Timeout/.test(s.message),
  expected: [/\binventory\b/, /timed out|timeout/i],
  play(t, now) {
    const web = (i: number): ServiceIdentity => ({ service: 'frontend', version: '7.0.3', host: `web-${(i % 2) + 1}` });
    const inv: ServiceIdentity = { service: 'inventory', version: '3.2.0', host: 'inventory-1' };
    const queryTimeout = exception('TimeoutError', 'stock query timed out after 2000 ms', [
      'Timeout._onTimeout (/srv/inventory/src/db/pool.js:61:14)',
      'StockRepository.levelsFor (/srv/inventory/src/stock/repository.js:33:9)',
      'listOnTimeout (node:internal/timers:594:17)',
    ]);
    for (let i = 0; i < 24; i++) {
      const start = now - 8 * MIN + i * 20_000;
      // From three minutes ago the stock query hangs; inventory gives up after 2 s.
      const slow = start >= now - 3 * MIN;
      const sku = `sku-${1000 + i}`;
      const gateway = exception('Error', `GET http://inventory:8080/stock/${sku} failed: 504 Gateway Timeout`, [
        'StockClient.fetchLevels (/app/src/clients/stock-client.js:27:13)',
        'ProductPage.render (/app/src/pages/product.js:54:21)',
      ]);
      t.at(start, () => {
        const page = t.span(web(i), { name: 'GET /products/:id', startMs: start, durationMs: slow ? 2030 : 60, attributes: { 'http.request.method': 'GET', 'http.route': '/products/:id', 'http.response.status_code': 200 } });
        const call = t.span(web(i), { name: 'GET', parent: page, kind: SpanKind.CLIENT, startMs: start + 5, durationMs: slow ? 2012 : 40, attributes: { 'http.request.method': 'GET', 'server.address': 'inventory', 'server.port': 8080, 'peer.service': 'inventory' }, error: slow ? gateway : undefined });
        const handler = t.span(inv, { name: 'GET /stock/:sku', parent: call, startMs: start + 7, durationMs: slow ? 2005 : 30, attributes: { 'http.request.method': 'GET', 'http.route': '/stock/:sku', 'http.response.status_code': slow ? 504 : 200 }, error: slow ? queryTimeout : undefined });
        t.span(inv, { name: 'SELECT stock_levels', parent: handler, kind: SpanKind.CLIENT, startMs: start + 9, durationMs: slow ? 2000 : 20, attributes: { 'db.system.name': 'mysql', 'server.address': 'stock-db', 'server.port': 3306 } });
      });
    }
  },
};

const missingConfig: Scenario = {
  name: 'missing-config',
  title: 'A missing configuration value',
  matches: (s) => s.service === 'notifications' && s.source === 'log',
  expected: [/SMTP_HOST/, /notifications/],
  play(t, now) {
    const id: ServiceIdentity = { service: 'notifications', version: '1.8.0', host: 'notifications-1' };
    for (let i = 0; i < 20; i++) {
      const time = now - 6 * MIN + i * 15_000;
      if (i % 2 === 0) t.at(time, () => t.log(id, time, 'INFO', `order confirmation queued for order ${4000 + i}`));
      else t.at(time, () => t.log(id, time, 'ERROR', 'failed to send order confirmation: required configuration value SMTP_HOST is not set', { 'code.function.name': 'Mailer.send' }));
    }
  },
};

const rateLimitBurst: Scenario = {
  name: 'rate-limit-burst',
  title: 'A burst of rate-limit errors',
  matches: (s) => s.service === 'payments' && s.type === 'RateLimitError',
  expected: [/stripe/i, /rate-limit/i],
  play(t, now) {
    const at = (i: number): ServiceIdentity => ({ service: 'payments', version: '5.0.1', host: `payments-${(i % 2) + 1}` });
    const busy = exception('FraudScoreRetry', 'fraud scoring busy, retrying once', ['FraudClient.score (/app/src/fraud/client.js:31:15)', 'ChargeService.capture (/app/src/payments/charge-service.js:44:20)']);
    const limited = exception('RateLimitError', '429 Too Many Requests: request rate limit exceeded', [
      'StripeClient.request (/app/node_modules/stripe/cjs/net/RequestSender.js:202:27)',
      'ChargeService.capture (/app/src/payments/charge-service.js:58:31)',
      'PaymentsController.create (/app/src/http/payments-controller.js:22:18)',
    ]);
    const charge = (i: number, start: number, failing: boolean) => t.at(start, () => {
      const root = t.span(at(i), { name: 'POST /payments', startMs: start, durationMs: 80, attributes: { 'http.request.method': 'POST', 'http.route': '/payments', 'http.response.status_code': failing ? 503 : 201 } });
      t.span(at(i), { name: 'POST /score', parent: root, kind: SpanKind.CLIENT, startMs: start + 2, durationMs: 15, attributes: { 'server.address': 'fraud.internal', 'peer.service': 'fraud' }, handled: i % 3 === 0 ? busy : undefined });
      t.span(at(i), { name: 'POST /v1/charges', parent: root, kind: SpanKind.CLIENT, startMs: start + 20, durationMs: failing ? 12 : 50, attributes: { 'server.address': 'api.stripe.com', 'peer.service': 'stripe', 'http.response.status_code': failing ? 429 : 200 }, error: failing ? limited : undefined });
    });
    for (let i = 0; i < 32; i++) charge(i, now - 8 * MIN + i * 15_000, false);
    // A flash sale: 40 charges in 20 seconds, and the payment provider starts refusing.
    for (let i = 0; i < 40; i++) charge(i, now - 20_000 + i * 500, true);
  },
};

const zoneOutage: Scenario = {
  name: 'zone-outage',
  title: 'One availability zone losing its cache',
  matches: (s) => s.service === 'sessions' && /ECONNRESET|socket hang up/.test(`${s.type}: ${s.message}`),
  expected: [/availability zone us-east-1b/],
  play(t, now) {
    const zones = ['us-east-1a', 'us-east-1a', 'us-east-1b', 'us-east-1b', 'us-east-1c', 'us-east-1c'];
    const at = (i: number): ServiceIdentity => ({ service: 'sessions', version: '6.1.0', host: `sessions-${(i % 6) + 1}`, resource: { 'cloud.availability_zone': zones[i % 6], 'cloud.region': 'us-east-1' } });
    const reset = exception('Error', 'socket hang up', ['TLSSocket.socketOnEnd (node:_http_client:524:23)', 'SessionCache.get (/app/src/sessions/cache.js:48:19)', 'SessionMiddleware.load (/app/src/http/session.js:22:31)']);
    const expired = exception('SessionExpiredError', 'session expired, asking the user to sign in again', ['SessionMiddleware.load (/app/src/http/session.js:30:13)']);
    for (let i = 0; i < 60; i++) {
      const start = now - 10 * MIN + i * 10_000;
      // From five minutes ago the cache node in us-east-1b drops connections.
      const broken = zones[i % 6] === 'us-east-1b' && start >= now - 5 * MIN;
      t.at(start, () => t.span(at(i), { name: 'GET /session', startMs: start, durationMs: 12, attributes: { 'http.request.method': 'GET', 'http.route': '/session', 'http.response.status_code': broken ? 503 : 200 }, error: broken ? reset : undefined, handled: !broken && i % 4 === 0 ? expired : undefined }));
    }
  },
};

const featureFlag: Scenario = {
  name: 'feature-flag',
  title: 'A feature flag turning on a broken code path',
  matches: (s) => s.service === 'search-api' && s.type === 'RangeError',
  expected: [/ranking-v2/],
  play(t, now) {
    const at = (i: number): ServiceIdentity => ({ service: 'search-api', version: '2.14.0', host: `search-api-${((i + Math.floor(i / 6)) % 3) + 1}` });
    const range = exception('RangeError', 'Invalid array length', ['RankerV2.scoreAll (/app/src/ranking/ranker-v2.js:77:18)', 'SearchController.search (/app/src/http/search.js:35:24)']);
    const empty = exception('EmptyQueryWarning', 'empty query, showing popular items', ['SearchController.search (/app/src/http/search.js:19:13)']);
    for (let i = 0; i < 60; i++) {
      const start = now - 10 * MIN + i * 10_000;
      // The flag is on for one request in three; most of those fail.
      const on = i % 3 === 0;
      const broken = on && i % 2 === 0;
      t.at(start, () => t.span(at(i), { name: 'GET /search', startMs: start, durationMs: 25, attributes: { 'http.request.method': 'GET', 'http.route': '/search', 'feature_flag.key': 'ranking-v2', 'feature_flag.result.variant': on ? 'on' : 'off', 'http.response.status_code': broken ? 500 : 200 }, error: broken ? range : undefined, handled: !broken && i % 5 === 0 ? empty : undefined }));
    }
  },
};

export const SCENARIOS: readonly Scenario[] = [dbRefused, badRelease, downstreamTimeout, missingConfig, rateLimitBurst, zoneOutage, featureFlag];
