// Which client a User-Agent header names (core/user-agent.ts). The headers of HTTP libraries and
// of headless Chromium were captured from the real programs on a Debian 12 machine (a local
// server printing each request's User-Agent); the browsers' follow the formats MDN's User-Agent
// reference documents, with the version numbers of public examples.
import { expect, it } from 'vitest';
import { clientOf } from '../../src/core/user-agent.js';

it('names an HTTP library or a tool by its own product and full version', () => {
  expect(clientOf('curl/7.88.1')).toBe('curl/7.88.1');
  expect(clientOf('Wget/1.21.3')).toBe('Wget/1.21.3');
  expect(clientOf('Python-urllib/3.11')).toBe('Python-urllib/3.11');
  expect(clientOf('python-requests/2.34.2')).toBe('python-requests/2.34.2');
  expect(clientOf('node')).toBe('node'); // Node's fetch (undici)
  expect(clientOf('Go-http-client/1.1')).toBe('Go-http-client/1.1');
  expect(clientOf('Java-http-client/17.0.15')).toBe('Java-http-client/17.0.15');
  expect(clientOf('Java/17.0.15')).toBe('Java/17.0.15'); // HttpURLConnection
});

it('names an app by its first product, whatever device and OS the comment and later products name', () => {
  expect(clientOf('ShopApp/5.2.0 (iPhone; iOS 17.1; Scale/3.00)')).toBe('ShopApp/5.2.0');
  expect(clientOf('ShopApp/5.2.0 (Linux; Android 14; Pixel 8)')).toBe('ShopApp/5.2.0');
  expect(clientOf('ShopApp/412 CFNetwork/1410.0.3 Darwin/22.6.0')).toBe('ShopApp/412');
  expect(clientOf('okhttp/4.12.0')).toBe('okhttp/4.12.0');
});

it('names a browser and its major version, not the Mozilla/5.0 every browser sends first', () => {
  expect(clientOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36')).toBe('HeadlessChrome/156');
  expect(clientOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36')).toBe('Chrome/127');
  expect(clientOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.2651.98')).toBe('Edge/127');
  expect(clientOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/46.0.2486.0 Safari/537.36 Edge/13.10586')).toBe('Edge/13');
  expect(clientOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0')).toBe('Firefox/129');
  expect(clientOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/127.0.6533.107 Mobile/15E148 Safari/604.1')).toBe('Chrome/127');
  expect(clientOf('Mozilla/5.0 (iPhone; CPU iPhone OS 9_1 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13B5110e Safari/601.1')).toBe('Safari/9');
  expect(clientOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.0 EdgiOS/44.5.2 Mobile/15E148 Safari/605.1.15')).toBe('Edge/44');
});

it('names an app that sends Mozilla/5.0 first by the product it names next, not by an engine a browser names (nextcloud/server#30424)', () => {
  expect(clientOf('Mozilla/5.0 (Windows) mirall/3.4.1stable-Win64 (build 20211221) (Nextcloud, windows-10.0.19042 ClientArchitecture: x86_64 OsArchitecture: x86_64)')).toBe('mirall/3.4.1stable-Win64');
  expect(clientOf('Mozilla/5.0 (OpenBSD) mirall/3.4.1git (Nextcloud, unknown-7.0 ClientArchitecture: x86_64 OsArchitecture: x86_64)')).toBe('mirall/3.4.1git');
  expect(clientOf('Mozilla/5.0 (Android) Nextcloud-android/3.18.1')).toBe('Nextcloud-android/3.18.1');
  // Near misses: an engine's token alone is no app; a browser stays its browser.
  expect(clientOf('Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101')).toBe('Mozilla/5.0');
  expect(clientOf('Mozilla/5.0 (Linux; Android 10; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/46.0.2490.76 Mobile Safari/537.36 edX/org.edx.mobile/1.0.09')).toBe('Chrome/46');
  expect(clientOf('Mozilla/5.0 (iPhone; CPU iPhone OS 9_1 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13B5110e Safari/601.1')).toBe('Safari/9');
});

it('names a crawler by the product in its comment', () => {
  expect(clientOf('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe('Googlebot/2.1');
  expect(clientOf('Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014)')).toBe('Mozilla/5.0');
});

it('has nothing to name in an empty header', () => {
  expect(clientOf('')).toBeUndefined();
  expect(clientOf('   ')).toBeUndefined();
  expect(clientOf('(no product)')).toBeUndefined();
});
