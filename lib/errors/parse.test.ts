import { describe, expect, it } from 'vitest';
import { formatHex, parseCode, parseCodeInput } from './parse';

describe('parseCode', () => {
  it('reads 0x-prefixed hex in either case', () => {
    expect(parseCode('0x80070005')).toBe(0x80070005);
    expect(parseCode('0X80070005')).toBe(0x80070005);
    expect(parseCode('0x8009100e')).toBe(0x8009100e);
    expect(parseCode('0x5')).toBe(5);
    expect(parseCode('0xbc2')).toBe(3010);
  });

  it('reads unprefixed hex that contains a letter a-f', () => {
    expect(parseCode('8009100e')).toBe(0x8009100e);
    expect(parseCode('8009100E')).toBe(0x8009100e);
    expect(parseCode('C0000005')).toBe(0xc0000005);
    expect(parseCode('87d00324')).toBe(0x87d00324);
    expect(parseCode('bc2')).toBe(3010);
    expect(parseCode('FFFFFFFF')).toBe(0xffffffff);
  });

  it('reads exactly 8 digits as hex (%08X formatting)', () => {
    expect(parseCode('80070005')).toBe(0x80070005);
    expect(parseCode('00000000')).toBe(0);
    expect(parseCode('00000643')).toBe(1603);
  });

  it('reads other digit strings as unsigned decimal', () => {
    expect(parseCode('1603')).toBe(1603);
    expect(parseCode('5')).toBe(5);
    expect(parseCode('0')).toBe(0);
    expect(parseCode('3010')).toBe(3010);
    expect(parseCode('2147942405')).toBe(0x80070005);
    expect(parseCode('2147942487')).toBe(0x80070057);
    expect(parseCode('3221225478')).toBe(0xc0000006);
    expect(parseCode('4294967295')).toBe(0xffffffff);
  });

  it('reads negative decimal as signed 32-bit', () => {
    expect(parseCode('-2147024891')).toBe(0x80070005);
    expect(parseCode('-1')).toBe(0xffffffff);
    expect(parseCode('-2147483648')).toBe(0x80000000);
    expect(parseCode('-0')).toBe(0);
  });

  it('accepts numbers, signed or unsigned', () => {
    expect(parseCode(5)).toBe(5);
    expect(parseCode(-2147024891)).toBe(0x80070005);
    expect(parseCode(0x80070005)).toBe(0x80070005);
  });

  it('ignores surrounding whitespace', () => {
    expect(parseCode('  0x80070005\t')).toBe(0x80070005);
  });

  it('accepts leading zeros and 64-bit sign extension in hex', () => {
    expect(parseCode('0x0000000080070005')).toBe(0x80070005);
    expect(parseCode('0xFFFFFFFF80070005')).toBe(0x80070005);
  });

  it('returns null for garbage', () => {
    for (const bad of ['', '   ', 'garbage', '0x', '0xZZ', '12.5', 'bad', 'face', 'added', 'error', '-0x80070005', '0x80070005h', '+-5', '80070005 extra']) {
      expect(parseCode(bad), bad).toBeNull();
    }
    expect(parseCode(1.5)).toBeNull();
    expect(parseCode(Number.NaN)).toBeNull();
  });

  it('returns null outside the 32-bit range', () => {
    expect(parseCode('4294967296')).toBeNull();
    expect(parseCode('-2147483649')).toBeNull();
    expect(parseCode('0x100000000')).toBeNull();
    expect(parseCode('0x80280010B')).toBeNull();
    expect(parseCode('99999999999999999999')).toBeNull();
    expect(parseCode(2 ** 32)).toBeNull();
    expect(parseCode(-(2 ** 31) - 1)).toBeNull();
  });
});

describe('formatHex', () => {
  it('pads to 8 upper-case digits with 0x', () => {
    expect(formatHex(5)).toBe('0x00000005');
    expect(formatHex(0x8009100e)).toBe('0x8009100E');
  });
});

describe('parseCode: codes cut short', () => {
  it('returns null for hex with 5 to 7 significant digits written in fewer than 8', () => {
    for (const short of ['0x8007000', '0X8007000', '800700e', '0x87D0032', '0x80070', '0x10000']) {
      expect(parseCode(short), short).toBeNull();
    }
  });

  it('still reads short Win32-range hex and full-width hex with leading zeros', () => {
    expect(parseCode('0x643')).toBe(1603);
    expect(parseCode('0xFFFF')).toBe(0xffff);
    expect(parseCode('0x08007000')).toBe(0x08007000);
    expect(parseCode('0x0000000080070005')).toBe(0x80070005);
  });

  it('keeps reading digit strings as decimal', () => {
    expect(parseCode('8007000')).toBe(8007000);
  });
});

describe('parseCodeInput', () => {
  it('reads codes as parseCode does', () => {
    expect(parseCodeInput('0x80070005')).toEqual({ kind: 'code', value: 0x80070005 });
    expect(parseCodeInput('-2147024891')).toEqual({ kind: 'code', value: 0x80070005 });
    expect(parseCodeInput('1603')).toEqual({ kind: 'code', value: 1603 });
  });

  it('flags hex with too few digits as incomplete, never as a success code', () => {
    expect(parseCodeInput('0x8007000')).toEqual({ kind: 'incomplete', digits: '0x8007000' });
    expect(parseCodeInput(' 800700e ')).toEqual({ kind: 'incomplete', digits: '800700e' });
    expect(parseCodeInput('0x8007002 - 0x20009')).toEqual({ kind: 'incomplete', digits: '0x8007002' });
  });

  it('reads a Windows Setup result code with its extend code, with any dash and spacing', () => {
    expect(parseCodeInput('0xC1900101 - 0x20017')).toEqual({ kind: 'code', value: 0xc1900101, extend: 0x20017 });
    expect(parseCodeInput('0xC1900101-0x4000D')).toEqual({ kind: 'code', value: 0xc1900101, extend: 0x4000d });
    expect(parseCodeInput('0x80070070 \u2013 0x50011')).toEqual({ kind: 'code', value: 0x80070070, extend: 0x50011 });
    expect(parseCodeInput('80040005 - 0x20007')).toEqual({ kind: 'code', value: 0x80040005, extend: 0x20007 });
  });

  it('rejects an extend code after something that is not a code', () => {
    expect(parseCodeInput('garbage - 0x20017')).toEqual({ kind: 'invalid' });
    expect(parseCodeInput('0xC1900101 - 0x2000170')).toEqual({ kind: 'invalid' });
  });

  it('reads symbolic names in any case', () => {
    expect(parseCodeInput('E_ACCESSDENIED')).toEqual({ kind: 'name', name: 'E_ACCESSDENIED' });
    expect(parseCodeInput('error_file_not_found')).toEqual({ kind: 'name', name: 'ERROR_FILE_NOT_FOUND' });
    expect(parseCodeInput('STATUS_ACCESS_DENIED')).toEqual({ kind: 'name', name: 'STATUS_ACCESS_DENIED' });
  });

  it('rejects everything else', () => {
    for (const bad of ['', 'garbage', 'face', 'access denied', '0x', '12.5']) expect(parseCodeInput(bad), bad).toEqual({ kind: 'invalid' });
  });
});
