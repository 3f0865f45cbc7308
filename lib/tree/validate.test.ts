import { describe, expect, it } from 'vitest';
import { sampleTree } from './sample-tree';
import { TreeError, validateTree } from './validate';

const steps = new Map([['naa-srvacct-restore-key-mismatch', new Set(['run-cryptimportkey-as-system', 'reinstall-windows'])]]);

const tree = sampleTree;

function detailsOf(data: unknown): string[] {
  try {
    validateTree(data, steps);
  } catch (error) {
    if (error instanceof TreeError) return error.details;
    throw error;
  }
  return [];
}

describe('validateTree', () => {
  it('accepts a tree whose leaves end at existing steps', () => {
    expect(validateTree(tree(), steps).start).toBe('area');
  });

  it('rejects a leaf that points at a step the article does not have', () => {
    const t = tree();
    t.nodes[1].answers[0] = { id: 'yes', label: 'Yes', fix: { article: 'naa-srvacct-restore-key-mismatch', step: 'run-the-tool' } };
    expect(detailsOf(t)).toEqual(['node "tool", answer "yes": article "naa-srvacct-restore-key-mismatch" has no step "run-the-tool"']);
  });

  it('rejects a leaf that points at an article that does not exist', () => {
    const t = tree();
    t.nodes[1].answers[1] = { id: 'no', label: 'No', fix: { article: 'pxe-no-deployment-for-device', step: 'x' } };
    expect(detailsOf(t)).toEqual(['node "tool", answer "no": article "pxe-no-deployment-for-device" does not exist']);
  });

  it('rejects a cycle', () => {
    const t = tree();
    t.nodes[1].answers.push({ id: 'again', label: 'Start again', next: 'area' } as never);
    expect(detailsOf(t)).toEqual(['cycle: area -> tool -> area']);
  });

  it('rejects a node that cannot be reached from the start', () => {
    const t = tree();
    t.nodes.push({ id: 'orphan', question: 'Nobody asks this?', answers: [{ id: 'x', label: 'x', uncovered: 'Nothing covers this.' }] } as never);
    expect(detailsOf(t)).toEqual(['node "orphan" cannot be reached from "area"']);
  });

  it('rejects an answer with two outcomes and names the field', () => {
    const t = tree();
    (t.nodes[0].answers[0] as Record<string, unknown>).uncovered = 'Both next and uncovered.';
    expect(detailsOf(t)[0]).toMatch(/^field "nodes\.0\.answers\.0"/);
  });

  it('rejects a next that names no node and a duplicate answer id', () => {
    const t = tree();
    t.nodes[0].answers = [
      { id: 'osd', label: 'A', next: 'nowhere' },
      { id: 'osd', label: 'B', next: 'tool' },
    ];
    expect(detailsOf(t)).toEqual(['node "area", answer "osd": next node "nowhere" does not exist', 'node "area": answer id "osd" is used twice']);
  });
});
