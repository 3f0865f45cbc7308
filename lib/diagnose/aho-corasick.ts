// A multi-pattern automaton (Aho-Corasick) over lower-case ASCII patterns: one pass over a
// line finds every pattern it contains, however many patterns there are. It reads the line
// with ASCII case folded and every run of white space as one space, the way fragments.ts
// writes the patterns.
//
// Characters are mapped to a small alphabet of the characters the patterns use; every other
// character, non-ASCII included, is one "other" symbol that no pattern contains. With that
// alphabet the full transition table (a DFA) stays small enough to build in milliseconds for
// thousands of patterns, and a step is one array read.

export interface Automaton {
  /**
   * UTF-16 code unit to alphabet symbol; 0 is "a character no pattern uses". A full 64 K table
   * rather than an ASCII one with a test: one branch less on every character of every log.
   */
  symbols: Uint8Array;
  /** The symbol of white space (0 when no pattern holds a space). */
  space: number;
  width: number;
  /**
   * Transitions, pre-multiplied: next[state * width + symbol] is the next state times width,
   * bit-inverted (negative) when that state ends at least one pattern.
   */
  next: Int32Array;
  /** The patterns that end at each state (its own and its suffixes'): outputs[outStart[s] .. outStart[s + 1]]. */
  outStart: Int32Array;
  outputs: Int32Array;
  patterns: string[];
}

const UPPER_TO_LOWER = 'a'.charCodeAt(0) - 'A'.charCodeAt(0);
const ASCII_WHITESPACE = [9, 10, 11, 12, 13, 32];

/** The white space of JavaScript's \s beyond ASCII (no-break space, BOM, line separators...). */
export function isUnicodeSpace(code: number): boolean {
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function buildAutomaton(patterns: string[]): Automaton {
  const symbols = new Uint8Array(65536);
  let width = 1;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      const badSpace = code === 32 && (i === 0 || i === pattern.length - 1 || pattern.charCodeAt(i - 1) === 32);
      if (code >= 128 || (code >= 65 && code <= 90) || (code < 33 && code !== 32) || badSpace) {
        throw new Error(`pattern "${pattern}" must be lower-case printable ASCII, with single spaces between words`);
      }
      if (symbols[code] === 0) symbols[code] = width++;
    }
  }
  for (let upper = 65; upper <= 90; upper++) symbols[upper] = symbols[upper + UPPER_TO_LOWER];
  const space = symbols[32];
  for (const code of ASCII_WHITESPACE) symbols[code] = space;
  for (let code = 128; code < 65536; code++) if (isUnicodeSpace(code)) symbols[code] = space;

  // The trie, with growable transition rows (-1: no child yet).
  let capacity = 1024;
  let next = new Int32Array(capacity * width).fill(-1);
  let states = 1;
  const ends: number[][] = [[]];
  const enteredBySpace: number[] = [];
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const slot = state * width + symbols[pattern.charCodeAt(i)];
      if (next[slot] === -1) {
        if (states === capacity) {
          capacity *= 2;
          const grown = new Int32Array(capacity * width).fill(-1);
          grown.set(next);
          next = grown;
        }
        ends.push([]);
        if (pattern.charCodeAt(i) === 32) enteredBySpace.push(states);
        next[slot] = states++;
      }
      state = next[slot];
    }
    ends[state].push(index);
  });
  next = next.slice(0, states * width);

  // Breadth first: fill the missing transitions with those of the failure state, and give
  // each state its failure state's outputs too (a shallower state, so already complete).
  const fail = new Int32Array(states);
  const all: number[][] = new Array(states);
  all[0] = ends[0];
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (let symbol = 0; symbol < width; symbol++) {
    const child = next[symbol];
    if (child === -1) next[symbol] = 0;
    else queue[tail++] = child;
  }
  while (head < tail) {
    const state = queue[head++];
    all[state] = ends[state].length ? ends[state].concat(all[fail[state]]) : all[fail[state]];
    const row = state * width;
    const failRow = fail[state] * width;
    for (let symbol = 0; symbol < width; symbol++) {
      const child = next[row + symbol];
      if (child === -1) next[row + symbol] = next[failRow + symbol];
      else {
        fail[child] = next[failRow + symbol];
        queue[tail++] = child;
      }
    }
  }
  // A character no pattern uses leads back to the root.
  for (let state = 0; state < states; state++) next[state * width] = 0;
  // A run of white space reads as one space: a state entered by a space stays put on the next
  // one. (Such a state ends no pattern, since patterns never end with a space.)
  if (space !== 0) for (const state of enteredBySpace) next[state * width + space] = state;

  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s] + all[s].length;
  const outputs = new Int32Array(outStart[states]);
  for (let s = 0; s < states; s++) outputs.set(all[s], outStart[s]);
  for (let slot = 0; slot < next.length; slot++) {
    const target = next[slot];
    next[slot] = outStart[target + 1] > outStart[target] ? ~(target * width) : target * width;
  }
  return { symbols, space, width, next, outStart, outputs, patterns };
}

/**
 * Calls `found(pattern)` for each pattern occurrence in `text`, in text order (a pattern that
 * occurs twice is reported twice). The matcher inlines the same loop; this one is for tests.
 */
export function scan(automaton: Automaton, text: string, found: (pattern: number) => void): void {
  const { symbols, width, next, outStart, outputs } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = next[state + symbols[text.charCodeAt(i)]];
    if (state < 0) {
      state = ~state;
      const id = state / width;
      for (let k = outStart[id]; k < outStart[id + 1]; k++) found(outputs[k]);
    }
  }
}
