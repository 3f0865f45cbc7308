/**
 * Normalising the many spellings of an error code to its unsigned 32-bit value.
 */

const TWO_32 = 0x1_0000_0000;

/**
 * Parses an error code as logs print it and returns the unsigned 32-bit value, or null for
 * anything that is not a code or does not fit in 32 bits.
 *
 * Numbers: integers from -2^31 to 2^32-1; negatives are signed 32-bit values (`-2147024891`
 * -> 0x80070005).
 *
 * Strings (surrounding whitespace ignored), first rule that applies:
 * 1. `0x` / `0X` prefix -> hexadecimal (`0x80070005`, `0X8009100e`, `0x5`).
 * 2. Only hex digits, at least one letter a-f / A-F, and either a decimal digit or exactly 8
 *    characters -> hexadecimal (`8009100e`, `ffffffff`). Words such as `bad`, `face`, `added`
 *    are not codes (null).
 * 3. Exactly 8 decimal digits -> hexadecimal (`80070005`, `00000000`). Codes printed with
 *    `%08X` always have 8 characters, while no code is usefully written as an 8-digit decimal:
 *    Win32 codes are at most 5 digits, and failure HRESULTs / NTSTATUS values (>= 0x80000000)
 *    have 10 digits in decimal.
 * 4. Otherwise digits, optionally with a leading `-` -> decimal: unsigned (`1603`, `3010`,
 *    `2147942405`, `3221225478`) or signed 32-bit (`-2147024891`).
 *
 * Hex forms may carry leading zeros (`0x0000000080070005`), and a 64-bit sign extension of a
 * negative 32-bit value (`0xFFFFFFFF80070005`) is accepted as that value.
 */
export function parseCode(input: string | number): number | null {
  if (typeof input === 'number') return fromInteger(input);
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (s === '') return null;

  const prefixed = /^0[xX]([0-9a-fA-F]+)$/.exec(s);
  if (prefixed) return fromHex(prefixed[1]);
  if (/^[0-9a-fA-F]+$/.test(s) && /[a-fA-F]/.test(s)) {
    return /\d/.test(s) || s.length === 8 ? fromHex(s) : null;
  }
  if (/^\d{8}$/.test(s)) return fromHex(s);
  if (/^-?\d+$/.test(s)) {
    const digits = s.replace(/^-?0*/, '');
    if (digits.length > 10) return null; // far outside 32 bits; avoids precision loss
    return fromInteger(Number(s));
  }
  return null;
}

function fromInteger(n: number): number | null {
  if (!Number.isInteger(n)) return null;
  if (n < 0) return n >= -0x8000_0000 ? n + TWO_32 : null;
  return n < TWO_32 ? n + 0 : null; // + 0 turns -0 into 0
}

function fromHex(digits: string): number | null {
  let d = digits.replace(/^0+(?=.)/, '');
  // 64-bit sign extension of a negative 32-bit value: FFFFFFFF followed by 8 digits with bit 31 set.
  if (d.length === 16 && /^ffffffff[89a-f]/i.test(d)) d = d.slice(8);
  if (d.length > 8) return null;
  return Number.parseInt(d, 16);
}

/** '0x' + 8 upper-case hex digits of an unsigned 32-bit value. */
export function formatHex(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}
