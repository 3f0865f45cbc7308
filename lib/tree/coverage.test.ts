import { describe, expect, it } from 'vitest';
import { coverageProblems, separatingQuestion, shortestPaths } from './coverage';
import type { Tree } from './schema';

const tree: Tree = {
  start: 'where',
  nodes: [
    {
      id: 'where',
      question: 'Where?',
      answers: [
        { id: 'winpe', label: 'WinPE', next: 'naa' },
        { id: 'pxe', label: 'PXE', fix: { article: 'pxe-article', step: 's' } },
      ],
    },
    {
      id: 'naa',
      question: 'Is an account shown?',
      answers: [
        { id: 'no', label: 'No', fix: { article: 'naa-not-configured', step: 's' } },
        { id: 'yes', label: 'Yes', next: 'restored' },
      ],
    },
    {
      id: 'restored',
      question: 'Restored?',
      answers: [
        { id: 'yes', label: 'Yes', fix: { article: 'founding', step: 's' } },
        { id: 'no', label: 'No', fix: { article: 'naa-not-configured', step: 't' } },
      ],
    },
  ],
};

describe('tree coverage', () => {
  it('finds the shortest answers to each article', () => {
    expect(shortestPaths(tree)).toEqual(
      new Map([
        ['pxe-article', ['pxe']],
        ['naa-not-configured', ['winpe', 'no']],
        ['founding', ['winpe', 'yes', 'yes']],
      ]),
    );
  });

  it('names articles the tree never reaches, and those too deep', () => {
    expect(coverageProblems(tree, ['pxe-article', 'orphan'])).toEqual([expect.stringContaining('"orphan" is not reached')]);
    expect(coverageProblems(tree, ['founding'], 2)).toEqual([expect.stringContaining('takes 3 answers')]);
  });

  it('finds the deepest question that separates two articles, with the answers leading to it', () => {
    expect(separatingQuestion(tree, 'founding', 'naa-not-configured')).toEqual({ node: 'restored', question: 'Restored?', path: ['winpe', 'yes'] });
    expect(separatingQuestion(tree, 'pxe-article', 'founding')).toEqual({ node: 'where', question: 'Where?', path: [] });
    expect(separatingQuestion(tree, 'founding', 'unknown')).toBeNull();
  });
});
