import { describe, expect, it } from 'vitest';
import { parseLog } from './parse';
import { filterRecords, MAX_ROW_TEXT, NO_FILTER, nextError, rowOfLine, rowsOf, summarise } from './view';

const record = (text: string, component: string, type: number) =>
  `<![LOG[${text}]LOG]!><time="10:00:00.000+000" date="01-02-2024" component="${component}" context="" type="${type}" thread="1" file="">`;
const LOG = [
  record('Starting', 'TSManager', 1),
  record('Disk is slow', 'OSDDiskPart', 2),
  record('Failed to format', 'OSDDiskPart', 3),
  record('Retrying', 'TSManager', 1),
  record('Failed again', 'TSManager', 3),
].join('\n');
const records = [...parseLog(LOG, 'smsts.log'), ...parseLog('plain line one\n' + 'x'.repeat(MAX_ROW_TEXT + 10), 'other.log')];

describe('the log view', () => {
  it('summarises files, components by frequency and severities', () => {
    expect(summarise(records)).toEqual({
      total: 7,
      files: ['smsts.log', 'other.log'],
      components: ['TSManager', 'OSDDiskPart'],
      severities: { error: 2, warning: 1, info: 4 },
    });
  });

  it('filters by severity, component and file', () => {
    expect([...filterRecords(records, { ...NO_FILTER, severities: ['error'] })]).toEqual([2, 4]);
    expect([...filterRecords(records, { ...NO_FILTER, component: 'OSDDiskPart' })]).toEqual([1, 2]);
    expect([...filterRecords(records, { ...NO_FILTER, file: 'other.log' })]).toEqual([5, 6]);
    expect(filterRecords(records, NO_FILTER)).toHaveLength(7);
  });

  it('serves one page of rows, with long messages cut and their length kept', () => {
    const rows = rowsOf(records, filterRecords(records, NO_FILTER), 5, 10);
    expect(rows.map((r) => [r.index, r.file, r.line])).toEqual([
      [5, 'other.log', 1],
      [6, 'other.log', 2],
    ]);
    expect(rows[1].text).toHaveLength(MAX_ROW_TEXT);
    expect(rows[1].length).toBe(MAX_ROW_TEXT + 10);
  });

  it('moves from error to error, both ways, and finds the row of a file and line', () => {
    const all = filterRecords(records, NO_FILTER);
    expect(nextError(records, all, -1, 1)).toBe(2);
    expect(nextError(records, all, 2, 1)).toBe(4);
    expect(nextError(records, all, 4, 1)).toBe(-1);
    expect(nextError(records, all, 4, -1)).toBe(2);
    expect(rowOfLine(records, all, 'smsts.log', 3)).toBe(2);
    expect(rowOfLine(records, all, 'other.log', 2)).toBe(6);
    expect(rowOfLine(records, filterRecords(records, { ...NO_FILTER, severities: ['error'] }), 'smsts.log', 4)).toBe(1);
  });
});
