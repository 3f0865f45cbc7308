import type { Tree } from './schema';

/** A small valid tree for the tests of this folder; a fresh copy each call, free to mutate. */
export function sampleTree(): Tree {
  return {
    start: 'area',
    nodes: [
      { id: 'area', question: 'What is failing?', answers: [{ id: 'osd', label: 'A task sequence', next: 'tool' }] },
      {
        id: 'tool',
        question: 'Can you run CryptImportKey.exe as SYSTEM?',
        answers: [
          { id: 'yes', label: 'Yes', fix: { article: 'naa-srvacct-restore-key-mismatch', step: 'run-cryptimportkey-as-system' } },
          { id: 'no', label: 'No', fix: { article: 'naa-srvacct-restore-key-mismatch', step: 'reinstall-windows' } },
          { id: 'other', label: 'Something else', uncovered: 'No article covers this case yet.' },
        ],
      },
    ],
  };
}
