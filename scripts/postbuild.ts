// After `next build`: what an intranet web server needs beside the static export.
// - out/**/*.gz: text assets precompressed once (nginx gzip_static, or any server that serves .gz);
// - hosting/nginx.conf: the shipped nginx server block, for the base path of this build;
// - out/web.config: the shipped IIS configuration, for the base path of this build;
// - no TypeScript source in out/.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY_HEADER } from '../lib/csp';

const OUT = path.resolve('out');
const BASE = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.svg', '.map']);
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

const fill = (template: string) => template.replaceAll('@BASE@', BASE).replaceAll('@CSP@', CONTENT_SECURITY_POLICY_HEADER);

// Turbopack copies the worker's TypeScript source beside the compiled worker chunk, as the
// asset of its `new URL('./worker.ts', import.meta.url)`; the page loads the compiled chunk,
// so the source is removed rather than published.
for (const file of files(OUT)) if (file.endsWith('.ts')) fs.rmSync(file);

let compressed = 0;
let saved = 0;
for (const file of files(OUT)) {
  if (!COMPRESSIBLE.has(path.extname(file))) continue;
  const bytes = fs.readFileSync(file);
  if (bytes.length < MIN_BYTES) continue;
  const gz = gzipSync(bytes, { level: 9 });
  fs.writeFileSync(`${file}.gz`, gz);
  compressed++;
  saved += bytes.length - gz.length;
}

fs.mkdirSync('hosting', { recursive: true });
fs.writeFileSync('hosting/nginx.conf', fill(fs.readFileSync('deploy/nginx/kb.conf', 'utf8')));
fs.writeFileSync(path.join(OUT, 'web.config'), fill(fs.readFileSync('deploy/iis/web.config', 'utf8')));
console.log(`postbuild: ${compressed} files precompressed (${(saved / 1024).toFixed(0)} KB saved); hosting/nginx.conf and out/web.config written for base path "${BASE || '/'}"`);
