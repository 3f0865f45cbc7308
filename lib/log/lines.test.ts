import { describe, expect, it } from 'vitest';
import { LineScanner } from './lines';

function lines(text: string, from = 0): [number, string][] {
  const scanner = new LineScanner(text, from);
  const out: [number, string][] = [];
  while (scanner.advance()) out.push([scanner.number, text.slice(scanner.start, scanner.end)]);
  return out;
}

describe('LineScanner', () => {
  it('ends a line at CRLF, at a lone CR and at a lone LF, as ZTIDiskpart.log mixes them', () => {
    const text = '<![LOG[  Console > \r    0 percent completed\r  100 percent completed]LOG]!>\r\nnext\nlast';
    expect(lines(text)).toEqual([
      [1, '<![LOG[  Console > '],
      [2, '    0 percent completed'],
      [3, '  100 percent completed]LOG]!>'],
      [4, 'next'],
      [5, 'last'],
    ]);
  });

  it('counts blank lines, including CR CR LF as two breaks', () => {
    expect(lines('a\r\n\r\nb\r\r\nc')).toEqual([
      [1, 'a'],
      [2, ''],
      [3, 'b'],
      [4, ''],
      [5, 'c'],
    ]);
  });

  it('does not invent an empty last line after a final line break', () => {
    expect(lines('only line\r\n')).toEqual([[1, 'only line']]);
    expect(lines('')).toEqual([]);
  });

  it('can start past a BOM', () => {
    expect(lines('\ufeffTSMBootstrap\n', 1)).toEqual([[1, 'TSMBootstrap']]);
  });

  it('comes back to a marked position after reading ahead', () => {
    const scanner = new LineScanner('one\rtwo\r\nthree\nfour');
    scanner.advance();
    const mark = scanner.mark();
    scanner.advance();
    scanner.advance();
    scanner.rewind(mark);
    scanner.advance();
    expect([scanner.number, 'one\rtwo\r\nthree\nfour'.slice(scanner.start, scanner.end)]).toEqual([2, 'two']);
  });
});
