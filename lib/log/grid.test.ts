import { describe, expect, it } from 'vitest';
import { parseGridLine } from './grid';

describe('parseGridLine', () => {
  it('reads a row copied from the CMTrace grid', () => {
    expect(parseGridLine('Network Access Account is not set\tTSMBootstrap\t3/15/2011 10:22:31 AM\t1456 (0x05B0)')).toEqual({
      text: 'Network Access Account is not set',
      component: 'TSMBootstrap',
      time: '2011-03-15 10:22:31.000',
      thread: '1456',
    });
  });

  it('reads a European date column', () => {
    expect(parseGridLine('Failed to get client identity (80004005)\tTSMBootstrap\t15.03.2011 10:22:31\t1456 (0x05B0)')).toMatchObject({
      time: '2011-03-15 10:22:31.000',
    });
  });

  it('accepts two columns when the second is a component', () => {
    expect(parseGridLine('Parsing Policy Body.\tTSMBootstrap')).toEqual({ text: 'Parsing Policy Body.', component: 'TSMBootstrap', time: null, thread: null });
  });

  it('rejects tab-separated lines that are not grid rows', () => {
    // WMI dumps inside ZTIDiskpart.log records start with a tab.
    expect(parseGridLine('\tBytesPerSector = 512;')).toBeNull();
    expect(parseGridLine('Processor name:\tIntel')).toBeNull();
    expect(parseGridLine('Model\tOptiPlex 7040\t8589934592')).toBeNull();
    expect(parseGridLine('no tabs at all')).toBeNull();
  });
});
