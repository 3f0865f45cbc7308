import { describe, expect, it } from 'vitest';
import { biasOf, CMTRACE_CLOSE, cmtraceSeverity, cmtraceTextStart, parseCmtraceTrailer } from './cmtrace';
import { cmtraceTimestamp } from './time';

function trailerOf(line: string) {
  return parseCmtraceTrailer(line, line.indexOf(CMTRACE_CLOSE) + CMTRACE_CLOSE.length);
}

describe('cmtraceTextStart', () => {
  it('finds the message after <![LOG[ at the start of a line', () => {
    expect(cmtraceTextStart('<![LOG[Parsing Policy Body.]LOG]!>')).toBe(7);
  });

  it('tolerates indentation in pasted excerpts', () => {
    expect(cmtraceTextStart('    <![LOG[Parsing Policy Body.]LOG]!>')).toBe(11);
  });

  it('ignores the marker anywhere else in the line', () => {
    expect(cmtraceTextStart('Downloaded <![LOG[ later')).toBe(-1);
    expect(cmtraceTextStart('')).toBe(-1);
  });
});

describe('parseCmtraceTrailer', () => {
  it('reads component, time, date, type and thread from a ConfigMgr record', () => {
    const line =
      '<![LOG[Downloading file /SMS_DP_SMSPKG$/MAX00ADA/sccm?/chipset/intel/P00PFK-B2N/src/INF/LynxPointSystem.inf range 0-10723]LOG]!><time="10:19:13.582+240" date="10-18-2019" component="OSDDownloadContent" context="" type="1" thread="2580" file="downloadcontent.cpp:1611">';
    expect(trailerOf(line)).toEqual({
      component: 'OSDDownloadContent',
      time: '2019-10-18 10:19:13.582',
      zone: 240,
      severity: 'info',
      thread: '2580',
      end: line.length,
    });
  });

  it('does not depend on attribute order', () => {
    const line =
      '<![LOG[Failed to get client identity (80004005)]LOG]!><thread="1456" type="3" component="TSMBootstrap" date="03-15-2011" time="10:22:31.567+000" file="tsmediawizardcontrol.cpp:910" context="">';
    expect(trailerOf(line)).toMatchObject({ component: 'TSMBootstrap', time: '2011-03-15 10:22:31.567', severity: 'error', thread: '1456' });
  });

  it('reads the Intune management extension variant', () => {
    const line =
      '<![LOG[EMS Agent Started]LOG]!><time="04:53:16.3323547" date="9-8-2025" component="IntuneManagementExtension" context="" type="1" thread="4" file="">';
    expect(trailerOf(line)).toMatchObject({ component: 'IntuneManagementExtension', time: '2025-09-08 04:53:16.332', thread: '4' });
  });

  it('gives null for the empty thread MDT writes', () => {
    const line =
      '<![LOG[Microsoft Deployment Toolkit version: 6.3.8298.1000]LOG]!><time="17:53:29.000+000" date="02-10-2016" component="ZTIConfigure" context="" type="1" thread="" file="ZTIConfigure">';
    expect(trailerOf(line)).toMatchObject({ component: 'ZTIConfigure', thread: null, severity: 'info' });
  });

  it('keeps what it could read from a trailer cut off mid-write', () => {
    const line = '<![LOG[Task sequence completed 0x00000000]LOG]!><time="10:30:43.424+240" date="10-18-2019" compo';
    const trailer = trailerOf(line);
    expect(trailer).toMatchObject({ component: null, time: '2019-10-18 10:30:43.424', severity: null, thread: null });
    expect(trailer.end).toBeLessThan(line.length);
  });

  it('gives empty fields when no trailer follows', () => {
    expect(trailerOf('<![LOG[text]LOG]!>')).toEqual({ component: null, time: null, zone: null, severity: null, thread: null, end: 18 });
  });
});

describe('biasOf', () => {
  it('reads the signed minutes CMTrace writes after the clock, and null when there are none', () => {
    expect(['10:19:13.582+240', '22:55:38.363-060', '04:53:16.3320000', '10:19:13.582+', '10:19:13.582+24x'].map(biasOf)).toEqual([240, -60, null, null, null]);
  });
});

describe('cmtraceSeverity', () => {
  it('maps type 1, 2, 3 to info, warning, error and the verbose type 0 to info', () => {
    expect(['0', '1', '2', '3', '', '7', undefined].map(cmtraceSeverity)).toEqual(['info', 'info', 'warning', 'error', null, null, null]);
  });
});

describe('parseCmtraceTrailer timestamps', () => {
  const trailer = (time: string, date: string) => parseCmtraceTrailer(`<time="${time}" date="${date}" component="C" context="" type="1" thread="1" file="">`, 0).time;

  it('reads ConfigMgr, Intune and odd time forms the same way as the general converter', () => {
    for (const [time, date] of [
      ['10:19:13.567+240', '10-18-2019'],
      ['10:19:13.5670000', '9-8-2025'],
      ['9:05:01.1+000', '01-02-2024'],
      ['25:00:00.000+000', '01-02-2024'],
      ['10:19:13.567+240', '13-45-2019'],
      ['10:19:13.567+240', ''],
    ]) {
      expect(trailer(time, date), `${time} ${date}`).toBe(cmtraceTimestamp(time, date));
    }
  });

  it('does not carry a date over from an earlier record read another way', () => {
    expect(trailer('9:05:01.1+000', '01-02-2024')).toBe('2024-01-02 09:05:01.100');
    expect(trailer('10:19:13.567+240', '10-18-2019')).toBe('2019-10-18 10:19:13.567');
  });
});
