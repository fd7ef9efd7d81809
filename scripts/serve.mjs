// Zero-dependency static file server for the demo pages: `npm start` builds dist/
// and then runs this. Serves the project root (demo/, dist/, data/, ...), with `/`
// redirecting to `/demo/`.
//
//   PORT=9000 HOST=0.0.0.0 node scripts/serve.mjs
import http from 'node:http';
import { createReadStream, readdirSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PORT = 8080;
const PORT_ATTEMPTS = 20;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const escapeHtml = s =>
  s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-cache',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Maps a URL path to a file under root, or undefined if it would leave root,
 * is malformed, or names a dot-file / dot-directory (.git, .ci, ...).
 */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some(s => s.startsWith('.'))) return undefined;
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return file;
}

async function listDirectory(res, dir, urlPath) {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter(e => !e.name.startsWith('.'))
    .map(e => (e.isDirectory() ? `${e.name}/` : e.name))
    .sort();
  const items = entries
    .map(name => `<li><a href="${encodeURI(name)}">${escapeHtml(name)}</a></li>`)
    .join('\n');
  send(
    res,
    200,
    `<!doctype html><meta charset="utf-8"><title>${escapeHtml(urlPath)}</title>` +
      `<h1>${escapeHtml(urlPath)}</h1><ul>\n${items}\n</ul>\n`,
    { 'content-type': 'text/html; charset=utf-8' },
  );
}

function createHandler(root) {
  return async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'Method Not Allowed\n', { allow: 'GET, HEAD' });
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/') {
        send(res, 302, 'Found: /demo/\n', { location: '/demo/' });
        return;
      }
      const file = resolvePath(root, url.pathname);
      if (!file) {
        send(res, 404, 'Not Found\n');
        return;
      }
      let info = await stat(file).catch(() => undefined);
      let target = file;
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          send(res, 301, 'Moved Permanently\n', { location: `${url.pathname}/${url.search}` });
          return;
        }
        const index = path.join(file, 'index.html');
        const indexInfo = await stat(index).catch(() => undefined);
        if (!indexInfo?.isFile()) {
          await listDirectory(res, file, url.pathname);
          return;
        }
        target = index;
        info = indexInfo;
      }
      if (!info?.isFile()) {
        send(res, 404, 'Not Found\n');
        return;
      }
      const type =
        CONTENT_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(target)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    }
  };
}

/**
 * Starts serving `root` (default: the project root) on `host`:`port`; when the
 * port is taken, tries the following ones. Returns the http.Server; it emits
 * 'listening' once bound (server.address().port has the port actually used).
 * While it retries, 'error' listeners still see each EADDRINUSE, marked with
 * `error.retrying = true`: ignore those.
 */
export function startServer({
  port = Number(process.env.PORT) || DEFAULT_PORT,
  root = PROJECT_ROOT,
  host = process.env.HOST || '127.0.0.1',
  attempts = PORT_ATTEMPTS,
} = {}) {
  const server = http.createServer(createHandler(path.resolve(root)));
  const first = Number(port);
  let current = first;
  const onError = error => {
    if (error.code === 'EADDRINUSE' && current !== 0 && current - first < attempts - 1) {
      error.retrying = true;
      current += 1;
      setImmediate(() => server.listen(current, host));
      return;
    }
    server.removeListener('error', onError);
    // Nobody else listening: behave like an unhandled 'error' event.
    if (server.listenerCount('error') === 0) throw error;
  };
  server.prependListener('error', onError);
  server.once('listening', () => server.removeListener('error', onError));
  server.listen(current, host);
  return server;
}

function displayHost(host) {
  if (['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function isRunDirectly() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isRunDirectly()) {
  const host = process.env.HOST || '127.0.0.1';
  const server = startServer({ host });
  server.on('error', error => {
    if (error.retrying) return;
    console.error(`Could not start the server: ${error.message}`);
    process.exit(1);
  });
  server.on('listening', () => {
    const base = `http://${displayHost(host)}:${server.address().port}`;
    console.log(`Demo gallery: ${base}/demo/gallery.html`);
    console.log(`Every demo page:`);
    let pages = [];
    try {
      pages = readdirSync(path.join(PROJECT_ROOT, 'demo'))
        .filter(name => name.endsWith('.html'))
        .sort();
    } catch {
      // no demo/ directory yet
    }
    for (const page of pages) console.log(`  ${base}/demo/${encodeURI(page)}`);
    console.log('Press Ctrl+C to stop.');
  });
  const stop = () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
