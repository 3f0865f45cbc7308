// Finds error codes (HRESULT, NTSTATUS, Win32, exit codes) in log text. The list is shown to a
// technician, so a number is taken only where its form or its context says it is a code:
// GUID pieces, package IDs, thread ids, sizes, offsets, versions, ports and file line numbers
// must never show up.

export interface CodeHit {
  /** "0x" + 8 upper-case hex digits: the unsigned 32-bit value. */
  code: string;
  /** Where `raw` starts in the searched text. */
  index: number;
  length: number;
  /** The number exactly as written: "80040101", "0x8009100e", "-2147024891", "1603". */
  raw: string;
}

type Reader = (raw: string) => number | null;

interface CodeRule {
  name: string;
  // Global regexes whose group 1, the number, ends the match (boundaries are lookarounds):
  // the hit's index is then match end minus the number's length.
  pattern: RegExp;
  read: Reader;
  /** Rejects a match from what precedes it (HTTP statuses, disk signatures...). */
  rejectBefore?: RegExp;
  /** CODE_HINTS bits, one of which a line must hold for this rule to match it. */
  needs: number;
}

/**
 * Words and starts that the rules need, each with a bit: the matcher finds them in the same
 * pass as the signatures' fragments (case-insensitive, white space runs as one space), and
 * findCodes then runs only the rules whose hints the line holds. A line with none holds no code.
 */
export const CODE_HINTS: readonly { pattern: string; bit: number }[] = [
  ...['0x'].map((pattern) => ({ pattern, bit: 1 << 0 })),
  ...['err'].map((pattern) => ({ pattern, bit: 1 << 1 })),
  ...['code'].map((pattern) => ({ pattern, bit: 1 << 2 })),
  ...['status', 'result', 'fail'].map((pattern) => ({ pattern, bit: 1 << 3 })),
  ...['return'].map((pattern) => ({ pattern, bit: 1 << 4 })),
  ...['hr=', 'hr:', 'hr[', 'hr =', 'hr :', 'hr ['].map((pattern) => ({ pattern, bit: 1 << 5 })),
  ...['rc=', 'rc:', 'rc =', 'rc :'].map((pattern) => ({ pattern, bit: 1 << 6 })),
  // A bare HRESULT in parentheses starts with 8-F: "(80004005)".
  ...['(8', '(9', '(a', '(b', '(c', '(d', '(e', '(f'].map((pattern) => ({ pattern, bit: 1 << 7 })),
  // A negative decimal HRESULT starts with -1 or -2: "-2147024891".
  ...['-1', '-2'].map((pattern) => ({ pattern, bit: 1 << 8 })),
];
const [HEX, ERR, CODE, STATUS, RETURN, HR, RC, PAREN, NEGATIVE] = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((b) => 1 << b);
/** Every hint bit: findCodes with no hints given runs every rule. */
export const ALL_CODE_HINTS = (1 << 9) - 1;

// After the number: no letter, digit or underscore, and no ".digit" (versions, decimals), but
// a sentence-ending period is fine.
const END = String.raw`(?![\w]|\.\w)`;
const HTTP_NEARBY = /https?\b|\bstatus\s+code\b/i;
// 0x values with the failure bit set that are not results: disk signatures, offsets, sizes,
// flags and masks.
const NOT_A_RESULT_BEFORE = /\b(?:signature|offset|size|address|addr|handle|flags?|mask|base|pointer|ptr|serial)\b[\s:=[(]*$/i;
const LOOKBEHIND = 40;

const HRESULT_LIKE = /^[89a-f][0-9a-f]{7}$/i;
const ALL_DIGITS = /^\d+$/;
const SIGNED_DECIMAL = /^-?\d+$/;

function toCode(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/** "0x5", "0x80070005": any 0x number of up to 8 digits. */
const readPrefixedHex: Reader = (raw) => parseInt(raw.slice(2), 16);

/** 0x80000000-0x80000006 are the registry's predefined keys (HKEY_USERS is 0x80000003), which
 * Windows Setup prints as handles; with no error word before them they are not results. */
const readUnlessRegistryKey: Reader = (raw) => {
  const value = readPrefixedHex(raw);
  return value !== null && value >= 0x80000000 && value <= 0x80000006 ? null : value;
};

/** Eight hex digits with no 0x: an HRESULT/NTSTATUS only if the failure bit is set. All-digit
 * forms must also start "80" (8007xxxx, 8004xxxx...), since an 8-digit decimal is likelier a
 * count or a size. */
const readBareHresult: Reader = (raw) => {
  if (!HRESULT_LIKE.test(raw)) return null;
  if (ALL_DIGITS.test(raw) && !raw.startsWith('80')) return null;
  return parseInt(raw, 16);
};

/** Any eight hex digits: after HRESULT= the writer says it is one, so even S_OK counts. */
const readAnyBareHex: Reader = (raw) => parseInt(raw, 16);

/** A decimal code (exit code 3010, 2147942487, -2147024891) within 32 bits; an 8-digit
 * HRESULT written without 0x after "exit code" is read as hex. */
const readDecimal: Reader = (raw) => {
  if (raw.length === 8 && readBareHresult(raw) !== null) return parseInt(raw, 16);
  if (!SIGNED_DECIMAL.test(raw)) return null;
  const value = Number(raw);
  return value >= -2147483648 && value <= 4294967295 ? value : null;
};

/** A negative decimal with no context: only the HRESULT/NTSTATUS range, -2^31 .. -2^30. */
const readNegativeHresult: Reader = (raw) => {
  const value = Number(raw);
  return value >= -2147483648 && value <= -1073741824 ? value : null;
};

const rule = (name: string, needs: number, source: string, read: Reader, rejectBefore?: RegExp): CodeRule => ({
  name,
  pattern: new RegExp(source, 'gi'),
  read,
  rejectBefore,
  needs,
});

// Order matters: rules run in this order and a match overlapping a number already taken is
// dropped. So each context rule, which knows how to read its number (hex or decimal), comes
// before the context-free ones, and among context rules the more specific come first.
const RULES: readonly CodeRule[] = [
  // HRESULT=80040101, hr=0x80070005, hr = 0x5, HRESULT [0x80070005], hr:0x80070490
  rule('hresult-assignment', HR | STATUS, String.raw`\b(?:hresult|hr)\s*(?:[=:]\s*|\[\s*)(0x[0-9a-f]{1,8}|[0-9a-f]{8})${END}`, (raw) =>
    raw.length > 2 && raw[1].toLowerCase() === 'x' ? readPrefixedHex(raw) : readAnyBareHex(raw),
  ),
  // error 0x80070003, Error: 0x5, Code(0x80040101), exit code 0x1, status = 0xC0000001,
  // [gle=0x0000007a], Result=[0x0], completed 0x00000000, returned code 0x80040101.
  // Short 0x values are taken only here: a bare "(0x05B0)" is a thread id.
  rule(
    'hex-after-result-word',
    HEX,
    String.raw`\b(?:error|err|hr|hresult|result|status|code|gle|lasterror|returned|completed|failed|failure)\s*[:=;]?\s*[[(]?\s*(0x[0-9a-f]{1,8})${END}`,
    readPrefixedHex,
  ),
  // Error: 80070005, code 80004005, Status: c000000f, failed; 80092002, Result = 80070032
  rule('bare-hex-after-result-word', ERR | CODE | STATUS, String.raw`\b(?:error|err|code|status|result|failed|failure)\s*[:=;]?\s*([0-9a-f]{8})${END}`, readBareHresult),
  // (80004005), Error 0x(80070057): the parentheses hold exactly the number.
  rule('bare-hex-in-parentheses', PAREN, String.raw`\(([0-9a-f]{8})(?=\))`, readBareHresult),
  // exit code 3010, error code : 1008, Return code from command = 0, exit win32 code 0,
  // ErrorCode="-2145844844", _SMSTSLastActionRetCode=0, returned code 2147942487
  rule(
    'decimal-after-exit-code',
    CODE,
    String.raw`\b(?:_SMSTSLastAction)?(?:exit|error|ret|return(?:ed)?|result|completion)(?:[ _]?win32)?[ _]?code\b(?:\s+from\s+[\w.]+)?\s*(?:[:=]\s*|(?:is|was|of)\s+)?"?(-?\d{1,10}|[0-9a-f]{8})${END}`,
    readDecimal,
    HTTP_NEARBY,
  ),
  // ERRORLEVEL = -2147024891, errorlevel 1
  rule('decimal-after-errorlevel', ERR, String.raw`\berrorlevel\s*(?:[:=]\s*|(?:is|was)\s+)?(-?\d{1,10})${END}`, readDecimal),
  // MDT: "Return Value = 0", "Non-zero return code by LTIApply, rc = 6"
  rule('decimal-after-return-value', RETURN | RC, String.raw`\b(?:return\s+value|rc)\s*[:=]\s*(-?\d{1,10})${END}`, readDecimal),
  // (Error = 0), error: 2 — a Win32 error in decimal needs the colon or equals sign.
  rule('decimal-after-error-colon', ERR, String.raw`\berror\s*[:=]\s*(\d{1,10})${END}`, readDecimal, HTTP_NEARBY),
  // -2147024891 anywhere, but not inside SIDs (S-1-5-21-...) or ranges.
  rule('negative-decimal-hresult', NEGATIVE, String.raw`(?<![\w.-])(-\d{10})${END}`, readNegativeHresult),
  // 0x80040101 anywhere: failure bit set and exactly 8 digits (64-bit addresses are longer).
  rule('hresult-anywhere', HEX, String.raw`(?<![\w.])(0x[89a-f][0-9a-f]{7})${END}`, readUnlessRegistryKey, NOT_A_RESULT_BEFORE),
];

const HAS_DIGIT = /\d/;


function overlaps(hits: readonly CodeHit[], index: number, length: number): boolean {
  for (const hit of hits) {
    if (index < hit.index + hit.length && hit.index < index + length) return true;
  }
  return false;
}

/**
 * The error codes in `text`, in text order; spans never overlap. `hints` (CODE_HINTS bits the
 * line holds, as the matcher found them) skips the rules that cannot match.
 */
export function findCodes(text: string, hints = ALL_CODE_HINTS): CodeHit[] {
  if (!HAS_DIGIT.test(text)) return [];
  const hits: CodeHit[] = [];
  for (const { pattern, read, rejectBefore, needs } of RULES) {
    if ((needs & hints) === 0) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const raw = m[1];
      const index = m.index + m[0].length - raw.length;
      if (overlaps(hits, index, raw.length)) continue;
      if (rejectBefore?.test(text.slice(Math.max(0, m.index - LOOKBEHIND), index))) continue;
      const value = read(raw);
      if (value === null || Number.isNaN(value)) continue;
      hits.push({ code: toCode(value), index, length: raw.length, raw });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
