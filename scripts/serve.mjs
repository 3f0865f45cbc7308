// Serves the static export in out/ the way an intranet web server would: under BASE_PATH,
// directory URLs answered by their index.html, a 404 page for anything else. No dependencies.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const ROOT = path.resolve(process.env.OUT_DIR ?? 'out');
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? '127.0.0.1';
const BASE = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function fileAt(p) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

function send(res, status, file, headers = {}) {
  res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers });
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const notFound = () => {
    const page = path.join(ROOT, '404.html');
    if (fileAt(page)) send(res, 404, page);
    else res.writeHead(404).end('Not found');
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405).end();
  if (BASE && url.pathname === '/') return res.writeHead(302, { Location: `${BASE}/` }).end();
  if (!url.pathname.startsWith(`${BASE}/`) && url.pathname !== BASE) return notFound();
  let relative;
  try {
    relative = decodeURIComponent(url.pathname.slice(BASE.length) || '/');
  } catch {
    return res.writeHead(400).end('Bad request');
  }
  const target = path.join(ROOT, relative);
  if (target !== ROOT && !target.startsWith(ROOT + path.sep)) return notFound();
  const stat = fileAt(target);
  if (stat?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    const index = path.join(target, 'index.html');
    return fileAt(index) ? send(res, 200, index) : notFound();
  }
  if (stat?.isFile()) {
    const immutable = relative.startsWith('/_next/static/');
    return send(res, 200, target, immutable ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {});
  }
  if (fileAt(`${target}.html`)) return send(res, 200, `${target}.html`);
  return notFound();
});

server.listen(PORT, HOST, () => {
  console.log(`Serving ${path.relative(process.cwd(), ROOT) || '.'} at http://localhost:${PORT}${BASE}/`);
});
