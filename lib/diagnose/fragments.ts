// Literal fragments that every match of a signature must contain. The matcher finds them all
// in one pass over a line and runs a signature's regex only where its fragments are present,
// so the cost of a line does not grow with the number of signatures.
//
// Fragments are lower-case ASCII in which every run of white space is one space, and the
// automaton reads lines the same way (white space runs collapsed, ASCII case folded). That is
// exact: signatures are compiled with `i` and without `u`, under which an ASCII letter matches
// only itself in either case (the spec never folds a non-ASCII character onto an ASCII one),
// and a literal's spaces match any run of white space. Non-ASCII characters end a fragment.

/** Shorter fragments are too common to filter anything out. */
export const MIN_FRAGMENT = 3;
/** Any substring of a required fragment is also required: long ones are cut to keep the automaton small. */
export const MAX_FRAGMENT = 20;

const WHITESPACE = /\s/;
const PRINTABLE_ASCII = /^[\x21-\x7e]$/;
// Escapes that stand for one literal character; any other escape is a class or an assertion.
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 'S', 'b', 'B']);
const CONTROL_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', v: '\v', f: '\f' };

/** Splits literal text into fragments: lower-case ASCII, white space runs as one space, non-ASCII characters as cuts. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (PRINTABLE_ASCII.test(ch)) current += ch.toLowerCase();
    else if (WHITESPACE.test(ch)) {
      if (current !== '' && !current.endsWith(' ')) current += ' ';
    } else {
      if (current.trim()) out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** For a literal signature: the whole text, since its white space matches any white space run. */
export function literalFragments(literal: string): string[] {
  return pieces(literal);
}

type Atom = { char: string | null; end: number };

/** Reads one atom at `i`: its literal character (null for a class, group or assertion; ' ' for \s) and where it ends. */
function readAtom(source: string, i: number): Atom | null {
  const c = source[i];
  if (c === '\\') {
    const next = source[i + 1];
    if (next === undefined) return null;
    if (next === 's') return { char: ' ', end: i + 2 };
    if (CLASS_ESCAPES.has(next)) return { char: null, end: i + 2 };
    if (next in CONTROL_ESCAPES) return { char: CONTROL_ESCAPES[next], end: i + 2 };
    // \0, \x41, \u0041, \cX, \p{..}, \k<..>, backreferences: not modelled, so nothing is claimed.
    if (/[0-9xucpPk]/.test(next)) return null;
    return { char: next, end: i + 2 };
  }
  if (c === '[') {
    let j = i + 1;
    if (source[j] === '^') j++;
    if (source[j] === ']') j++;
    while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
    return { char: null, end: j + 1 };
  }
  if (c === '(') {
    let depth = 0;
    let j = i;
    for (; j < source.length; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === '[') {
        const skipped = readAtom(source, j);
        if (!skipped) return null;
        j = skipped.end - 1;
      } else if (source[j] === '(') depth++;
      else if (source[j] === ')' && --depth === 0) break;
    }
    return { char: null, end: j + 1 };
  }
  if (c === '.' || c === '^' || c === '$') return { char: null, end: i + 1 };
  return { char: c, end: i + 1 };
}

/** Reads a quantifier at `i`, if any: whether it allows zero repetitions, and where it ends. */
function readQuantifier(source: string, i: number): { optional: boolean; end: number } | null {
  const c = source[i];
  let end: number;
  let optional: boolean;
  if (c === '*' || c === '?') [optional, end] = [true, i + 1];
  else if (c === '+') [optional, end] = [false, i + 1];
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
    if (!m) return null;
    [optional, end] = [Number(m[1]) === 0, i + m[0].length];
  } else return null;
  if (source[end] === '?') end++;
  return { optional, end };
}

/**
 * For a regex signature: the literal runs at its top level, each required. A top-level
 * alternation means no run is required by every match, so none is returned.
 */
export function regexFragments(source: string): string[] {
  const runs: string[] = [];
  let run = '';
  const flush = () => {
    if (run) runs.push(run);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    if (source[i] === '|') return [];
    const atom = readAtom(source, i);
    if (!atom) return [];
    const quantifier = readQuantifier(source, atom.end);
    if (atom.char !== null && !quantifier) run += atom.char;
    else if (atom.char !== null && quantifier && !quantifier.optional) {
      // "a+" requires one "a", but what follows need not come right after it; "\s+" is one
      // white space run either way, so it continues the run.
      run += atom.char;
      if (atom.char !== ' ') flush();
    } else flush();
    i = quantifier ? quantifier.end : atom.end;
  }
  flush();
  return runs.flatMap(pieces);
}

// Words that most log lines contain: a fragment made of them filters little out.
const COMMON_WORDS = new Set([
  'the', 'and', 'for', 'not', 'to', 'of', 'in', 'is', 'on', 'a', 'failed', 'error', 'with', 'from', 'this', 'that', 'was', 'are',
  'has', 'have', 'code', 'result', 'success', 'successfully', 'set', 'get', 'file', 'true', 'false', 'value', 'hresult',
]);

/** How much a fragment narrows the lines down: the length of its words that are not common. */
function rarity(fragment: string): number {
  let score = 0;
  for (const word of fragment.split(' ')) if (!COMMON_WORDS.has(word)) score += word.length;
  return score;
}

/** Every fragment as windows of at most MAX_FRAGMENT: its start and its end, which are both required. */
function windows(fragment: string): string[] {
  if (fragment.length <= MAX_FRAGMENT) return [fragment];
  return [fragment.slice(0, MAX_FRAGMENT).trim(), fragment.slice(-MAX_FRAGMENT).trim()];
}

/**
 * The one or two fragments the matcher indexes for a signature: the rarest it must contain,
 * cut to MAX_FRAGMENT. An empty list means the signature has no usable fragment, and the
 * content check rejects it rather than try it on every line.
 */
export function chooseFragments(fragments: string[], count = 2): string[] {
  const usable = [...new Set(fragments.flatMap(windows).filter((f) => f.length >= MIN_FRAGMENT && rarity(f) > 0))];
  usable.sort((a, b) => rarity(b) - rarity(a) || a.localeCompare(b));
  return usable.slice(0, count);
}
