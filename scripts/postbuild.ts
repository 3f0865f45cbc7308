// After `next build`: what an intranet web server needs beside the static export.
// - out/**/*.gz: text assets precompressed once (nginx gzip_static, or any server that serves .gz);
// - hosting/nginx.conf: the shipped nginx server block, for the base path of this build;
// - out/web.config: the shipped IIS configuration, for the base path of this build;
// - no TypeScript source in out/;
// - in every page, a Content-Security-Policy that allows its inline scripts by hash instead of
//   'unsafe-inline', as the first element of <head>; the same policy per page in the nginx and
//   IIS configurations, sent as a response header.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../lib/csp';

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

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/i;
const UNSAFE_INLINE_SCRIPTS = "script-src 'self' 'unsafe-inline'";
if (!CONTENT_SECURITY_POLICY.includes(UNSAFE_INLINE_SCRIPTS)) throw new Error(`lib/csp.ts no longer has "${UNSAFE_INLINE_SCRIPTS}": update postbuild`);

/** The policy for a page: its inline scripts allowed by their SHA-256, nothing else inline. */
function pagePolicy(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) hashes.add(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  return CONTENT_SECURITY_POLICY.replace(UNSAFE_INLINE_SCRIPTS, ["script-src 'self'", ...hashes].join(' '));
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;');
const pages = new Map<string, string>();
for (const file of files(OUT)) {
  if (!file.endsWith('.html')) continue;
  const html = fs.readFileSync(file, 'utf8');
  const policy = pagePolicy(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  fs.writeFileSync(file, html.replace(CSP_META, '').replace('<head>', `<head>${meta}`));
  const relative = path.relative(OUT, file).split(path.sep).join('/');
  pages.set(relative, `${policy}; frame-ancestors 'none'`);
}
const DEFAULT_POLICY = CONTENT_SECURITY_POLICY_HEADER.replace(UNSAFE_INLINE_SCRIPTS, "script-src 'self'");

/** nginx: the policy of each page by its URI (directory form and index.html form). */
function nginxMap(): string {
  // Page URIs are longer than the default bucket fits (remove this line if nginx.conf sets it).
  const lines = ['map_hash_bucket_size 256;', `map $uri $configmgr_kb_csp {`, `    default "${DEFAULT_POLICY}";`];
  for (const [relative, policy] of pages) {
    lines.push(`    "${BASE}/${relative}" "${policy}";`);
    if (relative.endsWith('index.html')) lines.push(`    "${BASE}/${relative.slice(0, -'index.html'.length)}" "${policy}";`);
  }
  return [...lines, '}'].join('\n');
}

/** IIS: the policy of each page's folder (or file, for 404.html). */
function iisLocations(): string {
  return [...pages]
    .filter(([relative]) => relative !== 'index.html')
    .map(([relative, policy]) => {
      const where = relative.endsWith('/index.html') ? relative.slice(0, -'/index.html'.length) : relative;
      return `  <location path="${where}">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
          <remove name="Content-Security-Policy" />
          <add name="Content-Security-Policy" value="${escapeAttribute(policy)}" />
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>`;
    })
    .join('\n');
}

const fill = (template: string) =>
  template
    .replaceAll('@BASE@', BASE)
    .replace('@CSP_MAP@', nginxMap())
    .replace('@CSP_LOCATIONS@', iisLocations())
    .replaceAll('@CSP@', escapeAttribute(pages.get('index.html') ?? DEFAULT_POLICY));

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
console.log(`postbuild: ${pages.size} pages given their script hashes; ${compressed} files precompressed (${(saved / 1024).toFixed(0)} KB saved); hosting/nginx.conf and out/web.config written for base path "${BASE || '/'}"`);
