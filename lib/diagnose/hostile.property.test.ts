// Anything pasted or dropped is untrusted: random bytes, mutated real logs, one enormous line,
// half a million short ones. Reading and diagnosing must never throw and never take more than
// a budget per megabyte (far above the real cost, so a noisy machine does not fail it, but
// low enough to catch a regex that backtracks or a loop that goes quadratic).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getKbEntries } from '../kb';
import { decodeLogBytes, parseLog } from '../log';
import { tellRun } from '../run';
import { compileMatcher } from './matcher';
import { diagnose } from './diagnose';

const matcher = compileMatcher(getKbEntries());
const BUDGET_MS_PER_MB = 3000;

function read(bytes: Uint8Array) {
  const started = performance.now();
  const records = parseLog(decodeLogBytes(bytes), 'hostile.log');
  const d = diagnose(matcher, records);
  // The page also tells the run's story from the same records.
  tellRun(records);
  const ms = performance.now() - started;
  expect(ms, `${bytes.length} bytes took ${ms.toFixed(0)} ms`).toBeLessThan(50 + (BUDGET_MS_PER_MB * bytes.length) / 1_048_576);
  return d;
}

const FIXTURES = path.resolve('test/fixtures/logs');
const real = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.log'))
  .map((f) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, f))).slice(0, 40_000));

describe('hostile input', () => {
  it('random bytes never throw and stay within the budget', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        read(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('real logs with bytes flipped, NULs and cut records never throw and stay within the budget', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...real),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(0, 0x3c, 0x5d, 0x0a, 0x0d, 0xff, 0xfe, 0xc3, 0x22)), { maxLength: 50 }),
        fc.nat(),
        (log, edits, cut) => {
          const bytes = log.slice(0, Math.max(1, cut % (log.length + 1)));
          for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value;
          read(bytes);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads one 5 MB line, 500 000 short lines, NULs and invalid UTF-8 within the budget', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const huge = 'NetworkAccessAccount '.repeat(250_000) + 'signature varification failed';
    expect(read(encode(huge)).matches.map((m) => m.id)).toContain('naa-srvacct-restore-key-mismatch');
    // Every fragment present, the match impossible, one start per word: quadratic for an unbounded wildcard.
    read(encode('HRESULT=80040101 CMSG_CTRL_VERIFY_SIGNATURE ' + 'NetworkAccessAccount CMSG_CTRL_VERIFY_SIGNATURE '.repeat(100_000)));
    expect(read(encode('x\n'.repeat(500_000))).records).toBe(500_000);
    // Lines that open the run story's patterns and never close them.
    read(encode('Start executing an instruction. Instruction name: ' + 'a. '.repeat(1_000_000)));
    read(encode('Failed to run the action: ' + 'x'.repeat(3_000_000) + '\n' + 'Process completed with exit code 1\n'.repeat(100_000)));
    read(new Uint8Array(1_000_000));
    read(Uint8Array.from({ length: 1_000_000 }, (_, i) => (i % 3 === 0 ? 0xc3 : 0x28)));
  }, 60_000);
});
