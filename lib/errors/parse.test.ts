import { describe, expect, it } from 'vitest';
import { formatHex, parseCode } from './parse';

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
