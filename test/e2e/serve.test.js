// scripts/serve.js, the demo's static server: content types, no caching, 404s, no way out of its
// root, and the strict CSP on the CSP page only.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { STRICT_CSP } from '../../scripts/serve.js';
import { startServer } from './helpers.js';

let server;
let origin;

before(async () => {
  ({ server, origin } = await startServer());
});

after(() => server?.close());

/** A raw GET (fetch would normalise `..` away before sending). */
function get(path) {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    request({ host: url.hostname, port: url.port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body }),
      );
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
