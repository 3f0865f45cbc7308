import { describe, expect, it } from 'vitest';
import { nameShardOf, normalizeName } from './names';

describe('normalizeName', () => {
  it('accepts symbolic names in any case and returns them upper-cased', () => {
    expect(normalizeName('E_ACCESSDENIED')).toBe('E_ACCESSDENIED');
    expect(normalizeName(' error_file_not_found ')).toBe('ERROR_FILE_NOT_FOUND');
    expect(normalizeName('Status_Access_Denied')).toBe('STATUS_ACCESS_DENIED');
    expect(normalizeName('WU_E_PT_WINHTTP_NAME_NOT_RESOLVED')).toBe('WU_E_PT_WINHTTP_NAME_NOT_RESOLVED');
    expect(normalizeName('NERR_Success')).toBe('NERR_SUCCESS');
    expect(normalizeName('S_OK')).toBe('S_OK');
  });

  it('rejects codes, hex words and text', () => {
    for (const s of ['0x80070005', '80070005', 'face', 'added', 'access denied', '_E_X', 'E-ACCESS', '', 'E_ACCESS DENIED']) {
      expect(normalizeName(s), s).toBeNull();
    }
  });
});

describe('nameShardOf', () => {
  it('is deterministic and within range', () => {
    expect(nameShardOf('E_ACCESSDENIED', 16)).toBe(nameShardOf('E_ACCESSDENIED', 16));
    for (const n of ['A_B', 'ERROR_SUCCESS', 'STATUS_WAIT_0', 'WU_E_NO_SERVICE']) {
      const s = nameShardOf(n, 16);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(16);
    }
  });

  it('spreads names over the shards', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => nameShardOf(`ERROR_NAME_${i}`, 16)));
    expect(used.size).toBe(16);
  });
});
