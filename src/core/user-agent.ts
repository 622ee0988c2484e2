// Which client a User-Agent header names, as a value worth counting: a mobile app's release, a
// browser's major version, an HTTP library's version. The header (OpenTelemetry's
// `user_agent.original`) is a list of product tokens, `name/version`, with comments in
// parentheses between them (RFC 9110 §10.1.5); the first product is the client's own, except in
// browsers' headers, which all begin with `Mozilla/5.0` for compatibility and name the browser
// further on (Chrome's also names Safari, Edge's also names Chrome). The whole header is a poor
// dimension: the comment carries the device and OS version, so one client release spreads over
// hundreds of values.

/** Longest header read: real ones run to a few hundred characters. */
const MAX_HEADER = 1024;
/** Longest value returned. */
const MAX_VALUE = 100;

/** Browsers by the product that names them, most specific first (Edge and Opera also name Chrome). */
const BROWSERS: [product: string, browser: string][] = [
  ['Edg', 'Edge'],
  ['Edge', 'Edge'],
  ['EdgA', 'Edge'],
  ['EdgiOS', 'Edge'],
  ['OPR', 'Opera'],
  ['SamsungBrowser', 'SamsungBrowser'],
  ['YaBrowser', 'YaBrowser'],
  ['Firefox', 'Firefox'],
  ['FxiOS', 'Firefox'],
  ['CriOS', 'Chrome'],
  ['HeadlessChrome', 'HeadlessChrome'],
  ['Chrome', 'Chrome'],
];

/** Tokens of a browser's header that name its rendering engine or build, not a client (RFC 9110 §10.1.5 products). */
const ENGINES = new Set(['AppleWebKit', 'KHTML', 'Gecko', 'Safari', 'Version', 'Mobile', 'Trident', 'Presto']);

interface Product {
  name: string;
  version?: string;
}

/** The product tokens of a header, outside its comments, and the products named inside them. */
function productsOf(header: string): { products: Product[]; inComments: Product[] } {
  const products: Product[] = [];
  const inComments: Product[] = [];
  let depth = 0;
  let token = '';
  const flush = () => {
    if (token === '') return;
    const slash = token.indexOf('/');
    const product = slash < 0 ? { name: token } : { name: token.slice(0, slash), version: token.slice(slash + 1) };
    if (product.name !== '') (depth > 0 ? inComments : products).push(product);
    token = '';
  };
  for (const ch of header) {
    if (ch === '(') {
      flush();
      depth++;
    } else if (ch === ')') {
      flush();
      depth = Math.max(0, depth - 1);
    } else if (ch === ' ' || ch === ';' || ch === ',' || ch === '\t') flush();
    else token += ch;
  }
  flush();
  return { products, inComments };
}

const major = (version: string | undefined) => version?.match(/^\d+/)?.[0];
const named = (p: Product) => (p.version ? `${p.name}/${p.version}` : p.name);

/**
 * The client a User-Agent header names: `ShopApp/5.2.0` for `ShopApp/5.2.0 (iPhone; iOS 17.1)`,
 * `Chrome/120` for a Chrome 120 browser, `okhttp/4.12.0`, `python-requests/2.31.0`. Undefined for
 * a header with no product.
 */
export function clientOf(header: string): string | undefined {
  const { products, inComments } = productsOf(header.slice(0, MAX_HEADER));
  const first = products[0];
  if (first === undefined) return undefined;
  if (first.name === 'Mozilla') {
    for (const [product, browser] of BROWSERS) {
      const found = products.find((p) => p.name === product);
      if (found) return `${browser}/${major(found.version) ?? '?'}`;
    }
    // Safari names its own release as Version/17.1 beside Safari/605.1.15 (WebKit's build).
    const version = products.find((p) => p.name === 'Version');
    if (version && products.some((p) => p.name === 'Safari')) return `Safari/${major(version.version) ?? '?'}`;
    // An application that sends `Mozilla/5.0` first for the servers that expect it, then names
    // itself as a product of its own: Nextcloud's desktop client (`Mozilla/5.0 (Windows)
    // mirall/3.4.1stable-Win64 (build 20211221) (Nextcloud, …)`) and Android app (`Mozilla/5.0
    // (Android) Nextcloud-android/3.18.1`). The rendering engines' tokens a browser carries are not
    // such a product.
    const app = products.slice(1).find((p) => p.version !== undefined && !ENGINES.has(p.name) && /^[A-Za-z]/.test(p.name));
    if (app) return named(app).slice(0, MAX_VALUE);
    // Crawlers and monitors: `Mozilla/5.0 (compatible; Googlebot/2.1; +http://…)`.
    const guest = inComments.find((p) => p.version !== undefined && p.name !== 'MSIE' && p.name !== 'Build' && /^[A-Za-z]/.test(p.name));
    if (guest) return named(guest).slice(0, MAX_VALUE);
  }
  return named(first).slice(0, MAX_VALUE);
}
