import { isKnownComponent } from './components';

// Plain lines as quoted in KB articles and forums put the component after the text
// ("Network Access Account is not set TSMBootstrap") or before it ("TSMBootstrap: ...",
// "[TSMBootstrap] ..."). A wrong split would delete a word from the message, so every rule
// below prefers leaving the line whole.

const LEADING_COLON = /^([A-Za-z_][\w.-]{1,63}):[ \t]+(?=\S)/;
const LEADING_BRACKETS = /^\[([A-Za-z_][\w.-]{1,63})\][ \t]*(?=\S)/;
// A component column before the text: "TSManager    Failed to run the action: ..." (a tab, or two blanks or more).
const LEADING_COLUMN = /^([A-Za-z_][\w.-]{1,63})(?:\t|[ \u00a0]{2})[ \t\u00a0]*(?=\S)/;
const ALL_CAPS = /^[A-Z][A-Z0-9_]{2,63}$/;
// Upper and lower case letters with a capital after the first character: TSMBootstrap,
// SMS_Cloud_ProxyConnector, ccmSetup. Plain words like "Failed" do not qualify.
const CAMEL_CASE = /^[A-Za-z][A-Za-z0-9_]*[A-Z][A-Za-z0-9_]*$/;
const HAS_LOWER = /[a-z]/;

// A known component name right after one of these words is the object of the sentence
// ("Failed to start service CcmExec"), not a trailing component column.
const WORDS_BEFORE_AN_OBJECT: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'by', 'of', 'from', 'in', 'into', 'for', 'with', 'via', 'on', 'at',
  'and', 'or', 'is', 'was', 'named', 'about', 'than', 'use', 'using', 'run', 'runs', 'running',
  'ran', 'start', 'starts', 'starting', 'started', 'stop', 'stops', 'stopping', 'stopped',
  'launch', 'launching', 'launched', 'restart', 'restarting', 'restarted', 'exit', 'exiting',
  'service', 'process', 'component', 'call', 'calling', 'called', 'invoke', 'invoking', 'load',
  'loading', 'loaded', 'install', 'installing', 'installed', 'uninstall', 'uninstalling',
  'execute', 'executing', 'executed', 'enable', 'disable', 'reset', 'repair', 'repairing',
]);

// Capitalised words that end sentences or label/value pairs ("Status:  FAILED").
const CAPS_WORDS: ReadonlySet<string> = new Set([
  'TRUE', 'FALSE', 'NULL', 'NONE', 'YES', 'SUCCESS', 'SUCCEEDED', 'FAILED', 'FAILURE', 'ERROR',
  'WARNING', 'INFO', 'DONE', 'PASS', 'PASSED', 'FAIL', 'SKIPPED', 'ENABLED', 'DISABLED', 'ON',
  'OFF', 'UNKNOWN', 'PENDING', 'COMPLETED', 'EMPTY', 'NOT', 'AND', 'THE',
]);

export interface PlainFields {
  text: string;
  component: string | null;
}

/** CamelCase or ALLCAPS with no spaces: the shape of a component name the list lacks. */
export function hasComponentShape(token: string): boolean {
  if (ALL_CAPS.test(token)) return !CAPS_WORDS.has(token);
  return CAMEL_CASE.test(token) && HAS_LOWER.test(token);
}

// Lines copied from a web page (Microsoft's KB articles among them) often separate the
// component with a no-break space, so it counts as a blank.
function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !isBlank(text[start - 1])) start--;
  return text.slice(start).toLowerCase();
}

// `line` is trimmed. Scans back by hand: a regex anchored at the end would be retried from
// every whitespace run of a long line.
function trailingComponent(line: string): PlainFields | null {
  let tokenStart = line.length;
  while (tokenStart > 0 && !isBlank(line[tokenStart - 1])) tokenStart--;
  let separatorStart = tokenStart;
  while (separatorStart > 0 && isBlank(line[separatorStart - 1])) separatorStart--;
  if (separatorStart === 0) return null;
  const token = line.slice(tokenStart);
  const separator = line.slice(separatorStart, tokenStart);
  const before = line.slice(0, separatorStart);
  const wideSeparator = separator.length >= 2 || separator.includes('\t');
  if (isKnownComponent(token)) {
    if (wideSeparator || !WORDS_BEFORE_AN_OBJECT.has(lastWord(before))) return { text: before, component: token };
    return null;
  }
  const endsWithLabel = /[:=]$/.test(before);
  if (wideSeparator && !endsWithLabel && hasComponentShape(token)) return { text: before, component: token };
  return null;
}

function leadingComponent(line: string): PlainFields | null {
  const m = LEADING_BRACKETS.exec(line) ?? LEADING_COLON.exec(line) ?? LEADING_COLUMN.exec(line);
  if (m === null || !isKnownComponent(m[1])) return null;
  return { text: line.slice(m[0].length), component: m[1] };
}

/** Splits a known component off either end of a plain line; otherwise the whole line is text. */
export function splitPlainLine(line: string): PlainFields {
  const trimmed = line.trim();
  return leadingComponent(trimmed) ?? trailingComponent(trimmed) ?? { text: line.trimEnd(), component: null };
}
