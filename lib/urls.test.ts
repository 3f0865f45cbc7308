import { describe, expect, it } from 'vitest';
import { articlePath, errorPath, parseInternalLink } from './urls';

describe('articlePath', () => {
  it('builds the directory-style article URL with an optional step anchor', () => {
    expect(articlePath('naa-srvacct-restore-key-mismatch')).toBe('/articles/naa-srvacct-restore-key-mismatch/');
    expect(articlePath('a', 'run-cryptimportkey-as-system')).toBe('/articles/a/#run-cryptimportkey-as-system');
  });
});

describe('errorPath', () => {
  it('puts the code in the query string so the lookup can be shared', () => {
    expect(errorPath('0x80070005')).toBe('/errors/?code=0x80070005');
  });
});

describe('parseInternalLink', () => {
  it('reads an article link with or without the trailing slash', () => {
    expect(parseInternalLink('/articles/x#step-1')).toEqual({ kind: 'article', slug: 'x', anchor: 'step-1' });
    expect(parseInternalLink('/articles/x/')).toEqual({ kind: 'article', slug: 'x', anchor: null });
  });

  it('reads other root-relative links as pages, ignoring query and hash', () => {
    expect(parseInternalLink('/errors?code=0x5')).toEqual({ kind: 'page', path: '/errors/' });
  });

  it('returns null for external links and in-page anchors', () => {
    expect(parseInternalLink('https://learn.microsoft.com/')).toBeNull();
    expect(parseInternalLink('#cause')).toBeNull();
  });
});
