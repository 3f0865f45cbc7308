/**
 * Regenerates lib/errors/generated/ (index, value shards, name shards, the shard import map) from
 * data/errdata/*.tsv.
 *
 *   npx tsx scripts/build-error-table.ts          write the files, print their raw and gzip sizes
 *   npx tsx scripts/build-error-table.ts --check  exit 1 if the committed files are out of date
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildFiles, ERROR_TSV_FILES, serializeFiles, type ErrorTsvTexts } from '../lib/errors/build';

const root = new URL('../', import.meta.url);
const dataDir = new URL('data/errdata/', root);
const outDir = fileURLToPath(new URL('lib/errors/generated/', root));

const texts = Object.fromEntries(
  Object.entries(ERROR_TSV_FILES).map(([key, file]) => [key, readFileSync(new URL(file, dataDir), 'utf8')]),
) as unknown as ErrorTsvTexts;
const files = serializeFiles(buildFiles(texts));

const existing = (() => {
  try {
    return readdirSync(outDir);
  } catch {
    return [];
  }
})();

if (process.argv.includes('--check')) {
  const stale = [...files].filter(([name, text]) => !existing.includes(name) || readFileSync(`${outDir}/${name}`, 'utf8') !== text);
  const extra = existing.filter((name) => !files.has(name));
  if (stale.length > 0 || extra.length > 0) {
    console.error(`${outDir} is out of date (${[...stale.map(([n]) => n), ...extra].join(', ')}); run: npm run errors:build`);
    process.exit(1);
  }
  console.log(`${outDir} is up to date`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const name of existing) if (!files.has(name)) rmSync(`${outDir}/${name}`);
  let raw = 0;
  let gz = 0;
  let largest = { name: '', raw: 0, gz: 0 };
  for (const [name, text] of files) {
    writeFileSync(`${outDir}/${name}`, text);
    const r = Buffer.byteLength(text);
    const g = gzipSync(text, { level: 9 }).length;
    raw += r;
    gz += g;
    if (name.endsWith('.json') && name !== 'index.json' && r > largest.raw) largest = { name, raw: r, gz: g };
  }
  const indexText = files.get('index.json') ?? '';
  console.log(`wrote ${files.size} files to ${outDir}: ${raw} bytes raw, ${gz} bytes gzip -9 in all`);
  console.log(`index.json: ${Buffer.byteLength(indexText)} raw, ${gzipSync(indexText, { level: 9 }).length} gzip; largest shard ${largest.name}: ${largest.raw} raw, ${largest.gz} gzip`);
}
