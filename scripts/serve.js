// `npm run serve`: a tiny static server for the built demo site (dist/demo/), no dependencies.
// It sends the strict Content-Security-Policy on /csp.html, /twice.html (the script loaded twice
// must also survive Trusted Types) and anything under /csp/, so they really run under it. By
// default it never caches; it never serves outside its root.
//
//   node scripts/serve.js [port]        PORT=8080 node scripts/serve.js
//   import { serve } from './serve.js'; const server = await serve({ root, port: 0 });
//
// Two options for the bench (scripts/bench/server.js), which measures pages as a reader would
// get them: `asHost` answers like a production host (text gzip -9 compressed, Vite's hashed
// /assets/ cacheable for a year, everything else revalidated), so Lighthouse judges the demo and
// not this server; `isolated` makes every page cross-origin isolated, so that `performance.now()`
// ticks in 5 µs rather than 100 µs.
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The policy the embed must work under: no inline script or style, Trusted Types for Lit. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content types a host compresses. */
const COMPRESSIBLE = /^text\/|json|svg/;

/** Pages served under the strict CSP. */
const isStrict = (pathname) =>
  pathname === '/csp.html' || pathname === '/twice.html' || pathname.startsWith('/csp/');

/** The file for a request path inside root, or undefined (missing, or outside root). */
async function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  let file = resolve(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    return info.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Gzip -9 bodies by file, size and time, so that repeated requests compress once. */
const gzipped = new Map();
async function gzipFile(file) {
  const { size, mtimeMs } = await stat(file);
  const key = `${file}:${size}:${mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(await readFile(file), { level: 9 }));
  return gzipped.get(key);
}

/** Cache-Control: never cached, or as a host sends it (Vite names /assets/ files by content). */
function cacheControl(pathname, asHost) {
  if (!asHost) return 'no-store';
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Starts the server; resolves once it listens. `port: 0` picks a free port: read it from
 * `server.address().port`. `asHost` and `isolated`: see the top of this file.
 */
export function serve({
  root = 'dist/demo',
  port = 8080,
  host = '127.0.0.1',
  asHost = false,
  isolated = false,
} = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const send = (status, headers, body) => {
      response.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(
        405,
        { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
        'Method not allowed\n',
      );
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await resolveFile(base, pathname);
    if (!file) {
      send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers = {
      'Content-Type': type,
      'Cache-Control': cacheControl(pathname, asHost),
      'X-Content-Type-Options': 'nosniff',
      ...(isStrict(pathname) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
      ...(isolated
        ? {
            'Cross-Origin-Opener-Policy': 'same-origin',
            'Cross-Origin-Embedder-Policy': 'require-corp',
          }
        : {}),
    };
    const accepts = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (asHost && accepts && COMPRESSIBLE.test(type)) {
      const body = await gzipFile(file).catch(() => undefined);
      if (!body) {
        response.destroy();
        return;
      }
      Object.assign(headers, {
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        'Content-Length': body.length,
      });
      send(200, headers, request.method === 'HEAD' ? undefined : body);
      return;
    }
    if (request.method === 'HEAD') {
      send(200, headers);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveServer(server);
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const root = process.env.SERVE_ROOT ?? 'dist/demo';
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No ${root}/index.html: run \`npm run build\` first.`);
    process.exit(1);
  }
  const server = await serve({ root, port });
  console.log(`Serving ${root}/ at http://127.0.0.1:${server.address().port}/ (Ctrl+C stops)`);
}
