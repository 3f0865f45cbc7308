// Log files reach the browser as bytes. ConfigMgr writes UTF-8 with a BOM, older tools and
// PowerShell's Out-File write UTF-16 LE (with or without BOM), so the encoding is sniffed here.

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

interface Detected {
  encoding: Encoding;
  bomLength: number;
}

// How much of the file the BOM-less UTF-16 guess looks at, and how many of the sampled code
// units must have a NUL high (or low) byte. Mostly-ASCII UTF-16 text has one on nearly every
// character; UTF-8 text has none.
const SNIFF_BYTES = 4096;
const NUL_SHARE = 0.3;
// ...while the other byte of each unit must almost never be NUL.
const OTHER_NUL_SHARE = 0.05;

function detectEncoding(bytes: Uint8Array): Detected {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const units = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (units === 0) return { encoding: 'utf-8', bomLength: 0 };
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < units * 2; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= units * NUL_SHARE && evenNuls <= units * OTHER_NUL_SHARE) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenNuls >= units * NUL_SHARE && oddNuls <= units * OTHER_NUL_SHARE) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

// Byte-swapped to LE rather than decoded as 'utf-16be': Node builds with small ICU only know
// utf-8 and utf-16le.
function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  const even = bytes.length - (bytes.length % 2);
  for (let i = 0; i < even; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  if (even < bytes.length) swapped[even] = bytes[even];
  return swapped;
}

/** Text of a log file: UTF-8 or UTF-16 (LE/BE, with or without BOM); invalid bytes become U+FFFD; the BOM is removed. */
export function decodeLogBytes(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  // ignoreBOM: the BOM was already cut off; a second U+FEFF would be content.
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  const little = encoding === 'utf-16le' ? body : swapBytePairs(body);
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(little);
}
