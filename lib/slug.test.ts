import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from './slug';

describe('slugify', () => {
  it('lower-cases and joins words with single dashes', () => {
    expect(slugify('Run CryptImportKey.exe as SYSTEM')).toBe('run-cryptimportkey-exe-as-system');
  });

  it('drops punctuation such as & that would otherwise break a link', () => {
    expect(slugify('Site reset & NAA')).toBe('site-reset-naa');
  });

  it('folds accents and trims leading and trailing separators', () => {
    expect(slugify('  Überprüfung — Schritt 1 ')).toBe('uberprufung-schritt-1');
  });
});

describe('isSlug', () => {
  it('accepts an id that is already a slug', () => {
    expect(isSlug('rebuild-site-reset')).toBe(true);
  });

  it('rejects upper case, spaces, doubled dashes and the empty string', () => {
    expect(isSlug('Rebuild')).toBe(false);
    expect(isSlug('site reset')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});
