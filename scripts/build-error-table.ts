/**
 * Regenerates lib/errors/table.generated.json from data/errdata/*.tsv.
 *
 *   npx tsx scripts/build-error-table.ts          write the file, print its raw and gzip size
 *   npx tsx scripts/build-error-table.ts --check  exit 1 if the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildTable, ERROR_TSV_FILES, serializeTable, type ErrorTsvTexts } from '../lib/errors/build';

const root = new URL('../', import.meta.url);
const dataDir = new URL('data/errdata/', root);
const outFile = fileURLToPath(new URL('lib/errors/table.generated.json', root));

const texts = Object.fromEntries(
  Object.entries(ERROR_TSV_FILES).map(([key, file]) => [key, readFileSync(new URL(file, dataDir), 'utf8')]),
) as unknown as ErrorTsvTexts;
const json = serializeTable(buildTable(texts));

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {
    // missing file counts as out of date
  }
  if (current !== json) {
    console.error(`${outFile} is out of date; run: npx tsx scripts/build-error-table.ts`);
    process.exit(1);
  }
  console.log(`${outFile} is up to date`);
} else {
  writeFileSync(outFile, json);
  const raw = Buffer.byteLength(json);
  const gz = gzipSync(json, { level: 9 }).length;
  console.log(`wrote ${outFile}: ${raw} bytes raw, ${gz} bytes gzip -9`);
}
