import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLogBytes } from './decode';

const FIXTURES = new URL('../../test/fixtures/logs/', import.meta.url);
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

// Real text: the first lines of brackdk04 smsts.log (after its UTF-8 BOM) and a Windows Setup
// line with Japanese folder names from Silvermaz28 SetupAct.log.
const smsts = new TextDecoder().decode(fixtureBytes('brackdk04__hello-world__smsts.log').subarray(3)).split('\r\n').slice(0, 3).join('\r\n') + '\r\n';
const setupLine = new TextDecoder()
  .decode(fixtureBytes('Silvermaz28__SOE__SetupAct.log'))
  .split('\r\n')
  .find((line) => line.includes('アクセサリ'))!;

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    bytes[i * 2 + (littleEndian ? 0 : 1)] = unit & 0xff;
    bytes[i * 2 + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

describe('decodeLogBytes', () => {
  it('strips the UTF-8 BOM ConfigMgr writes', () => {
    const text = decodeLogBytes(fixtureBytes('brackdk04__hello-world__smsts.log'));
    expect(text.startsWith('<![LOG[Used smsts.ini to set logging settings.]LOG]!>')).toBe(true);
  });

  it('decodes UTF-8 without a BOM', () => {
    expect(decodeLogBytes(fixtureBytes('bitbtrust__Errorcode__setupact.log')).startsWith('2019-03-29 00:25:29, Info')).toBe(true);
    expect(decodeLogBytes(new TextEncoder().encode(setupLine))).toBe(setupLine);
  });

  it('decodes UTF-16 LE with a BOM', () => {
    expect(decodeLogBytes(utf16(smsts, true, true))).toBe(smsts);
    expect(decodeLogBytes(utf16(setupLine, true, true))).toBe(setupLine);
  });

  it('decodes UTF-16 BE with a BOM', () => {
    expect(decodeLogBytes(utf16(smsts, false, true))).toBe(smsts);
    expect(decodeLogBytes(utf16(setupLine, false, true))).toBe(setupLine);
  });

  it('recognises UTF-16 LE and BE without a BOM from their NUL bytes', () => {
    expect(decodeLogBytes(utf16(smsts, true, false))).toBe(smsts);
    expect(decodeLogBytes(utf16(smsts, false, false))).toBe(smsts);
  });

  it('replaces invalid UTF-8 bytes instead of failing', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Error 0x80070005 '), 0xc3, 0x28, 0xff, ...new TextEncoder().encode(' done')]);
    expect(decodeLogBytes(bytes)).toBe('Error 0x80070005 \ufffd(\ufffd done');
  });

  it('keeps the U+FFFD characters already stored in a lossy upload', () => {
    const text = decodeLogBytes(fixtureBytes('bitbtrust__Errorcode__setupact.log'));
    expect(text).toContain('\ufffd');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('handles empty and one-byte input', () => {
    expect(decodeLogBytes(new Uint8Array())).toBe('');
    expect(decodeLogBytes(new Uint8Array([0x41]))).toBe('A');
  });
});
