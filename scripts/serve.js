// `npm run serve`: a tiny static server for the built demo site (dist/demo/), no dependencies.
// It sends the strict Content-Security-Policy of DESIGN.md on /csp.html, /twice.html (the script
// loaded twice must also survive Trusted Types) and anything under /csp/, so they really run
// under it. Never caches; never serves outside its root.
//
//   node scripts/serve.js [port]        PORT=8080 node scripts/serve.js
//   import { serve } from './serve.js'; const server = await serve({ root, port: 0 });
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** DESIGN.md "Embedding and build": the policy the embed must work under. */
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

/**
 * Starts the server; resolves once it listens. `port: 0` picks a free port: read it from
 * `server.address().port`.
 */
export function serve({ root = 'dist/demo', port = 8080, host = '127.0.0.1' } = {}) {
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
    const headers = {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      ...(isStrict(pathname) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
    };
    if (request.method === 'HEAD') {
      send(200, headers);
      return;
    }
    response.writeHead(200, { 'Cache-Control': 'no-store', ...headers });
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
