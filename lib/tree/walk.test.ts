import { describe, expect, it } from 'vitest';
import { sampleTree } from './sample-tree';
import { paramToPath, pathToParam, walkTree } from './walk';

const tree = sampleTree();

describe('walkTree', () => {
  it('starts at the start node with no answers', () => {
    const walk = walkTree(tree, []);
    expect(walk.current?.id).toBe('area');
    expect(walk.end).toBeNull();
  });

  it('follows answers to a fix and stops there', () => {
    const walk = walkTree(tree, ['osd', 'yes']);
    expect(walk.trail.map((t) => t.answer.id)).toEqual(['osd', 'yes']);
    expect(walk.current).toBeNull();
    expect(walk.end).toMatchObject({ fix: { step: 'run-cryptimportkey-as-system' } });
  });

  it('drops answers from a stale or edited URL that do not fit the tree', () => {
    const walk = walkTree(tree, ['osd', 'maybe', 'yes']);
    expect(walk.current?.id).toBe('tool');
    expect(walk.dropped).toEqual(['maybe', 'yes']);
  });
});

describe('path parameter', () => {
  it('round-trips a list of answer ids', () => {
    expect(paramToPath(pathToParam(['osd', 'naa-not-read', 'yes']))).toEqual(['osd', 'naa-not-read', 'yes']);
    expect(paramToPath(null)).toEqual([]);
  });
});
