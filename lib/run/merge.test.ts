import { describe, expect, it } from 'vitest';
import { parseLog } from '../log';
import { instantOf } from './instant';
import { mergeByTime } from './merge';

const record = (text: string, time: string, file: string) =>
  parseLog(`<![LOG[${text}]LOG]!><time="${time}" date="02-07-2024" component="TSManager" context="" type="1" thread="1" file="">`, file);

describe('mergeByTime', () => {
  it('orders files written in different time zones by their UTC time, showing each time as written', () => {
    // 16:53 Pacific (bias +480) is 00:53 UTC the next day; 01:00 in UTC+1 (bias -060) is 00:00 UTC.
    const winpe = [...record('a', '16:53:52.712+480', 'smsts.log'), ...record('c', '16:58:00.000+480', 'smsts.log')];
    const fullOs = record('b', '01:00:00.000-060', 'smsts-full.log').map((r) => ({ ...r, time: '2024-02-08 01:00:00.000' }));
    const merged = mergeByTime([winpe, fullOs]);
    expect(merged.map((r) => r.text)).toEqual(['b', 'a', 'c']);
    expect(merged[0].time).toBe('2024-02-08 01:00:00.000');
    expect(merged.map((r) => r.file)).toEqual(['smsts-full.log', 'smsts.log', 'smsts.log']);
  });

  it('compares times as written when some file gives no zone', () => {
    const a = record('a', '10:00:00.000+480', 'a.log');
    const b = parseLog('2024-02-07 09:00:00, Info                  MOUPG  b', 'setupact.log');
    expect(mergeByTime([a, b]).map((r) => r.text)).toEqual(['b', 'a']);
  });

  it('keeps a record without a date after the one before it in its file', () => {
    const a = [...record('a1', '10:00:00.000+000', 'a.log'), ...parseLog('a2 undated', 'a.log'), ...record('a3', '10:05:00.000+000', 'a.log')];
    const b = record('b1', '10:01:00.000+000', 'b.log');
    expect(mergeByTime([a, b]).map((r) => r.text)).toEqual(['a1', 'a2 undated', 'b1', 'a3']);
  });
});

describe('instantOf', () => {
  it('reads the date and time, adding the bias only when asked', () => {
    const [r] = record('x', '10:00:00.500+240', 'a.log');
    expect(instantOf(r, false)).toBe(Date.UTC(2024, 1, 7, 10, 0, 0, 500));
    expect(instantOf(r, true)).toBe(Date.UTC(2024, 1, 7, 14, 0, 0, 500));
    expect(instantOf({ time: '10:00:00.000', zone: null }, true)).toBeNull();
  });
});
