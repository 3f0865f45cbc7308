// The browser tests' web server: nginx with the shipped configuration (hosting/nginx.conf,
// written by the build), serving out/ under BASE_PATH as an intranet would. The tests check
// what that configuration promises, so nginx is required (.ci/run installs it).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PORT = process.env.PORT ?? '3100';
const BASE = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

if (spawnSync('nginx', ['-v']).error) {
  console.error('The browser tests run against nginx, which is not installed: apt-get install -y nginx (as .ci/run does).');
  process.exit(1);
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-nginx-'));
  // The web root holds the export at the base path, as a copy on a real server would.
  const root = path.join(dir, 'www');
  fs.mkdirSync(path.dirname(path.join(root, BASE || 'x')), { recursive: true });
  if (BASE) fs.symlinkSync(path.resolve('out'), path.join(root, BASE));
  const server = fs
    .readFileSync('hosting/nginx.conf', 'utf8')
    .replace(/listen\s+80;/, `listen 127.0.0.1:${PORT};`)
    .replace(/root\s+\/var\/www;/, `root ${BASE ? root : path.resolve('out')};`);
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `daemon off;
${process.getuid?.() === 0 ? '# As root, nginx would hand its workers to www-data, which cannot read a temporary folder.\nuser root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${server}
}
`,
  );
  console.log(`nginx serving out/ at http://127.0.0.1:${PORT}${BASE}/ (${conf})`);
  const nginx = spawn('nginx', ['-c', conf, '-p', dir], { stdio: 'inherit' });
  const stop = () => nginx.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  nginx.on('exit', (code) => process.exit(code ?? 0));
}
