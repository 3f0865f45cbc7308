import { describe, expect, it } from 'vitest';
import { cmtraceTimestamp, gridTimestamp, isoTimestamp } from './time';

describe('cmtraceTimestamp', () => {
  it('joins the M-D-YYYY date and the time and drops the bias', () => {
    expect(cmtraceTimestamp('10:19:13.567+240', '10-18-2019')).toBe('2019-10-18 10:19:13.567');
    expect(cmtraceTimestamp('15:10:29.068+00', '02-04-2020')).toBe('2020-02-04 15:10:29.068');
  });

  it('reads the Intune variant: 7-digit fraction cut to milliseconds, no bias, unpadded date', () => {
    expect(cmtraceTimestamp('04:53:16.3323547', '9-8-2025')).toBe('2025-09-08 04:53:16.332');
  });

  it('keeps the time alone when the date is missing or impossible', () => {
    expect(cmtraceTimestamp('17:53:29.000+000', undefined)).toBe('17:53:29.000');
    expect(cmtraceTimestamp('17:53:29.000+000', '13-40-2016')).toBe('17:53:29.000');
  });

  it('gives null for a missing or malformed time', () => {
    expect(cmtraceTimestamp(undefined, '02-10-2016')).toBeNull();
    expect(cmtraceTimestamp('', '02-10-2016')).toBeNull();
    expect(cmtraceTimestamp('25:00:00.000', '02-10-2016')).toBeNull();
  });
});

describe('gridTimestamp', () => {
  it('reads a US grid date with AM/PM', () => {
    expect(gridTimestamp('3/15/2011 10:22:31 AM')).toBe('2011-03-15 10:22:31.000');
    expect(gridTimestamp('3/15/2011 12:05:00 AM')).toBe('2011-03-15 00:05:00.000');
    expect(gridTimestamp('3/15/2011 1:22:31 PM')).toBe('2011-03-15 13:22:31.000');
  });

  it('reads dotted dates as day.month.year', () => {
    expect(gridTimestamp('15.03.2011 10:22:31')).toBe('2011-03-15 10:22:31.000');
    expect(gridTimestamp('01.03.2011 10:22:31')).toBe('2011-03-01 10:22:31.000');
  });

  it('reads a slashed date whose first number cannot be a month as day/month', () => {
    expect(gridTimestamp('18/10/2019 10:19:13')).toBe('2019-10-18 10:19:13.000');
  });

  it('reads ISO dates and milliseconds', () => {
    expect(gridTimestamp('2019-10-18 10:19:13.567')).toBe('2019-10-18 10:19:13.567');
  });

  it('reads a time without a date', () => {
    expect(gridTimestamp('10:22:31.123')).toBe('10:22:31.123');
  });

  it('rejects text that is not a date-time', () => {
    expect(gridTimestamp('1456 (0x05B0)')).toBeNull();
    expect(gridTimestamp('TSMBootstrap')).toBeNull();
    expect(gridTimestamp('13:22:31 PM')).toBeNull();
  });
});

describe('isoTimestamp', () => {
  it('formats the Panther prefix fields', () => {
    expect(isoTimestamp('2025', '05', '02', '15', '17', '34')).toBe('2025-05-02 15:17:34.000');
  });
});
