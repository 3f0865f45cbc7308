/**
 * Normalising the many spellings of an error code to its unsigned 32-bit value, and telling
 * what a typed lookup is: a code (with a Windows Setup extend code or not), a code cut short,
 * a symbolic name, or nothing a log prints.
 */
import { normalizeName } from './names';

const TWO_32 = 0x1_0000_0000;
/** Hex written with this many significant digits is a code cut short (`0x8007000`): codes are printed with 8. */
const INCOMPLETE_HEX_DIGITS = { min: 5, max: 7 };
/** `<result code> - 0x<extend code>`, as Windows Setup reports a failure (`0xC1900101 - 0x4000D`); any dash. */
const WITH_EXTEND = /^(.+?)\s*[-\u2010-\u2015]\s*0x([0-9a-f]{1,5})$/i;

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
 * negative 32-bit value (`0xFFFFFFFF80070005`) is accepted as that value. Hex with 5 to 7
 * significant digits written in fewer than 8 (`0x8007000`) is a code cut short, not a code: null
 * (`parseCodeInput` says so).
 */
export function parseCode(input: string | number): number | null {
  if (typeof input === 'number') return fromInteger(input);
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (s === '') return null;

  const hex = hexDigitsOf(s);
  if (hex !== null) return isIncompleteHex(hex) ? null : fromHex(hex);
  if (/^[0-9a-fA-F]+$/.test(s) && /[a-fA-F]/.test(s)) return null;
  if (/^\d{8}$/.test(s)) return fromHex(s);
  if (/^-?\d+$/.test(s)) {
    const digits = s.replace(/^-?0*/, '');
    if (digits.length > 10) return null; // far outside 32 bits; avoids precision loss
    return fromInteger(Number(s));
  }
  return null;
}

/** The hex digits of a hex spelling (rules 1 and 2 of `parseCode`), or null when the text is not one. */
function hexDigitsOf(s: string): string | null {
  const prefixed = /^0[xX]([0-9a-fA-F]+)$/.exec(s);
  if (prefixed) return prefixed[1];
  if (/^[0-9a-fA-F]+$/.test(s) && /[a-fA-F]/.test(s) && (/\d/.test(s) || s.length === 8)) return s;
  return null;
}

function isIncompleteHex(digits: string): boolean {
  const significant = digits.replace(/^0+/, '').length;
  return digits.length < 8 && significant >= INCOMPLETE_HEX_DIGITS.min && significant <= INCOMPLETE_HEX_DIGITS.max;
}

/** What a typed lookup is. */
export type CodeInput =
  | { kind: 'code'; value: number; extend?: number }
  /** Hex with 5 to 7 significant digits (`0x8007000`): a code cut short; `digits` as typed. */
  | { kind: 'incomplete'; digits: string }
  /** A symbolic name (`E_ACCESSDENIED`), upper-cased. */
  | { kind: 'name'; name: string }
  | { kind: 'invalid' };

/**
 * Reads a typed lookup: a code in any form `parseCode` accepts, optionally followed by a Windows
 * Setup extend code (`0xC1900101 - 0x20017`, `80070070 - 0x50011`); a hex code cut short
 * (`0x8007000`, flagged, never read as 0x08007000); or a symbolic name (`e_accessdenied`).
 */
export function parseCodeInput(input: string): CodeInput {
  const s = input.trim();
  const withExtend = WITH_EXTEND.exec(s);
  const main = withExtend ? withExtend[1] : s;
  const hex = hexDigitsOf(main);
  if (hex !== null && isIncompleteHex(hex)) return { kind: 'incomplete', digits: main };
  const value = parseCode(main);
  if (value !== null) {
    return withExtend ? { kind: 'code', value, extend: Number.parseInt(withExtend[2], 16) } : { kind: 'code', value };
  }
  if (withExtend) return { kind: 'invalid' };
  const name = normalizeName(s);
  return name ? { kind: 'name', name } : { kind: 'invalid' };
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
