// What a technician drops is untrusted and often not what it seems: a zip bundle of logs, a
// screenshot, an empty file, a file of zeros. Each input is opened here, zip bundles are
// expanded (every log inside labelled archive.zip/path/file.log), and anything that is not a
// text log is set aside with a plain reason instead of being "diagnosed".
import { unzipSync } from 'fflate';
import { decodeLogBytes } from './decode';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES, type SkippedInput } from './limits';

export { MAX_FILE_BYTES, MAX_TOTAL_BYTES, type SkippedInput };

export interface TextInput {
  name: string;
  text: string;
}


// Magic numbers of the files that most often get dropped by mistake.
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x42, 0x4d], what: 'a BMP image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program or library (EXE/DLL)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Office or MSI file' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive (unpack it first)' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive (unpack it first)' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive (unpack it first)' },
  { bytes: [0x4d, 0x53, 0x43, 0x46], what: 'a CAB archive (unpack it first)' },
  { bytes: [0x45, 0x6c, 0x66, 0x46], what: 'a Windows event log (.evtx): export it as text first' },
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const SAMPLE = 64 * 1024;
/** A text log has almost no control characters; a binary file has many. */
const MAX_CONTROL_SHARE = 0.1;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Why `bytes` is not a text log, or null when it reads as one (after UTF-8/UTF-16 decoding). */
export function notATextLog(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'the file is empty';
  const magic = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (magic) return `this is ${magic.what}, not a text log`;
  const head = bytes.subarray(0, SAMPLE);
  if (head.every((b) => b === 0) && bytes.every((b) => b === 0)) return 'the file holds only zero bytes, not a text log';
  const sample = decodeLogBytes(head);
  if (sample.trim() === '' && decodeLogBytes(bytes).trim() === '') return 'the file holds only white space';
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE ? 'the file is binary (mostly control characters or invalid text), not a text log' : null;
}

/**
 * Opens the dropped files: zip bundles are expanded, each entry becoming `bundle.zip/path`;
 * text logs are decoded; everything else is listed as skipped, with why. Entries over the
 * size limit are refused before they are inflated (a zip bomb cannot fill the memory).
 */
/**
 * Names that tell the inputs apart: a name given twice (WinPE's smsts.log and the full OS's,
 * dropped together) gets " (2)", " (3)"... so every line stays labelled with its own file.
 */
export function uniqueNames<T extends { name: string }>(inputs: readonly T[]): T[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    let name = input.name;
    for (let n = 2; seen.has(name); n++) name = `${input.name} (${n})`;
    seen.add(name);
    return name === input.name ? input : { ...input, name };
  });
}

export function openInputs(files: readonly { name: string; bytes: Uint8Array }[]): { texts: TextInput[]; skipped: SkippedInput[] } {
  const texts: TextInput[] = [];
  const skipped: SkippedInput[] = [];
  let total = 0;
  const add = (name: string, bytes: Uint8Array) => {
    if (bytes.length > MAX_FILE_BYTES) return skipped.push({ name, reason: `larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit per file` });
    if (total + bytes.length > MAX_TOTAL_BYTES) return skipped.push({ name, reason: `over the ${MAX_TOTAL_BYTES / 1024 / 1024} MB limit for one diagnosis` });
    const why = notATextLog(bytes);
    if (why) return skipped.push({ name, reason: why });
    total += bytes.length;
    texts.push({ name, text: decodeLogBytes(bytes) });
  };
  for (const file of files) {
    if (startsWith(file.bytes, EMPTY_ZIP)) {
      skipped.push({ name: file.name, reason: 'the zip archive is empty' });
      continue;
    }
    if (!startsWith(file.bytes, ZIP)) {
      add(file.name, file.bytes);
      continue;
    }
    let entries: Record<string, Uint8Array>;
    const tooBig: string[] = [];
    try {
      entries = unzipSync(file.bytes, {
        filter: (entry) => {
          if (entry.name.endsWith('/')) return false;
          if (entry.originalSize > MAX_FILE_BYTES) {
            tooBig.push(entry.name);
            return false;
          }
          return true;
        },
      });
    } catch (error) {
      skipped.push({ name: file.name, reason: `the zip archive could not be opened (${(error as Error).message})` });
      continue;
    }
    for (const name of tooBig) skipped.push({ name: `${file.name}/${name}`, reason: `larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit per file` });
    for (const [name, bytes] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) add(`${file.name}/${name}`, bytes);
  }
  return { texts, skipped };
}
