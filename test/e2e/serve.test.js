// scripts/serve.js, the demo's static server: content types, no caching, 404s, no way out of its
// root, and the strict CSP on the CSP page only; with the bench's options, gzip, a host's caching
// and cross-origin isolation.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { STRICT_CSP } from '../../scripts/serve.js';
import { DEMO, startServer } from './helpers.js';

let server;
let origin;

before(async () => {
  ({ server, origin } = await startServer());
});

after(() => server?.close());

/** A raw GET (fetch would normalise `..` away before sending, and would decompress). */
function get(path, { headers = {}, from = origin } = {}) {
  return new Promise((resolve, reject) => {
    const url = new URL(from);
    request({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: bytes.toString('utf8'),
          bytes,
        });
      });
    })
      .on('error', reject)
      .end();
  });
}

test('serves pages, scripts, styles and images with their content types, never cached', async () => {
  const expected = {
    '/': 'text/html',
    '/index.html': 'text/html',
    '/hostile.html': 'text/html',
    '/ex-back-quiz.js': 'text/javascript',
    '/ex-back-quiz.iife.js': 'text/javascript',
    '/late-load.js': 'text/javascript',
    '/bootstrap.min.css': 'text/css',
    '/favicon.svg': 'image/svg+xml',
  };
  for (const [path, type] of Object.entries(expected)) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assert.ok(response.headers['content-type']?.startsWith(type), `${path}: ${type}`);
    assert.equal(response.headers['cache-control'], 'no-store', path);
  }
});

test('the strict CSP is on csp.html and nowhere else', async () => {
  assert.equal((await get('/csp.html')).headers['content-security-policy'], STRICT_CSP);
  assert.equal((await get('/csp.html?x=1')).headers['content-security-policy'], STRICT_CSP);
  for (const path of ['/', '/hostile.html', '/ex-back-quiz.js']) {
    assert.equal((await get(path)).headers['content-security-policy'], undefined, path);
  }
});

test('missing files and paths out of the root are 404', async () => {
  for (const path of [
    '/missing.html',
    '/assets',
    '/../package.json',
    '/../../package.json',
    '/..%2f..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/..%5c..%5cpackage.json',
    '/index.html%00.js',
    '/%E0%A4%A',
  ]) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(response.body, /"name"/, path);
  }
});

test('by default: nothing compressed, no cross-origin isolation', async () => {
  const response = await get('/index.html', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(response.headers['content-encoding'], undefined);
  assert.equal(response.headers['cross-origin-opener-policy'], undefined);
  assert.equal(response.headers['cross-origin-embedder-policy'], undefined);
  assert.equal(response.body, readFileSync(`${DEMO}/index.html`, 'utf8'));
});

test('asHost and isolated (the bench): gzip -9, a host’s caching, cross-origin isolation', async () => {
  const { server: host, origin: from } = await startServer(DEMO, { asHost: true, isolated: true });
  try {
    const gzip = { 'accept-encoding': 'gzip, deflate, br' };
    const page = await get('/csp.html', { headers: gzip, from });
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-encoding'], 'gzip');
    assert.equal(page.headers.vary, 'Accept-Encoding');
    assert.equal(Number(page.headers['content-length']), page.bytes.length);
    assert.deepEqual(gunzipSync(page.bytes), readFileSync(`${DEMO}/csp.html`));
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.equal(page.headers['content-security-policy'], STRICT_CSP);
    assert.equal(page.headers['cross-origin-opener-policy'], 'same-origin');
    assert.equal(page.headers['cross-origin-embedder-policy'], 'require-corp');

    const plain = await get('/csp.html', { from });
    assert.equal(plain.headers['content-encoding'], undefined, 'gzip only when accepted');
    assert.equal(plain.body, readFileSync(`${DEMO}/csp.html`, 'utf8'));

    const asset = readdirSync(`${DEMO}/assets`)[0];
    const hashed = await get(`/assets/${asset}`, { headers: gzip, from });
    assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable');

    for (const path of ['/missing.html', '/../package.json', '/%2e%2e/package.json']) {
      assert.equal((await get(path, { headers: gzip, from })).status, 404, path);
    }
  } finally {
    host.close();
  }
});
