import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticlesFrom } from '.';

function article(id: string, extra = '', related = '[]'): string {
  return `---
id: ${id}
title: "Article ${id} for the link checks"
summary: "A small article that exists only in this test."
area: task-sequence
products: ["Configuration Manager current branch"]
logs:
  - name: SMSTS.log
    where: 'the client, CCM Logs folder'
signatures:
  - literal: "something failed in ${id}"
    role: decisive
paths:
  - id: fix-it
    when: "Always: it is the only path."
nearMisses:
  - what: "A healthy line of the same log"
    source: "test/fixtures/logs/maxmoonACR__MDTLOGFiles__smsts.log"
    lines: "Starting Task Sequence Manager."
sources:
  - title: "Somewhere"
    url: "https://learn.microsoft.com/"
related: ${related}
---

## Symptoms {/*symptoms*/}

\`\`\`log
something failed in ${id}
\`\`\`

## Cause {/*cause*/}

Because.

## Resolution {/*resolution*/}

### Fix it {/*fix-it*/}

<Steps>
<Step id="first-step">

Do it. ${extra}

</Step>
</Steps>

## More information {/*more-information*/}

None.
`;
}

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loadArticlesFrom', () => {
  it('accepts links to another article, to its steps, and to the site pages', () => {
    const dir = folderWith({
      'one.mdx': article('one', 'See [two](/articles/two#first-step), [the tree](/troubleshoot) and [a code](/errors?code=0x80070005).', '["two"]'),
      'two.mdx': article('two'),
    });
    expect(loadArticlesFrom(dir).map((a) => a.slug)).toEqual(['one', 'two']);
  });

  it('fails on a link to a step another article does not have, naming the file and line', () => {
    const dir = folderWith({ 'one.mdx': article('one', 'See [two](/articles/two#second-step).'), 'two.mdx': article('two') });
    expect(() => loadArticlesFrom(dir)).toThrow(/content\/articles\/one\.mdx:\n {2}- line \d+: link "\/articles\/two#second-step" points at an anchor or page that does not exist/);
  });

  it('fails on a link to an article or a page that does not exist', () => {
    const dir = folderWith({ 'one.mdx': article('one', 'See [three](/articles/three) and [help](/help).') });
    expect(() => loadArticlesFrom(dir)).toThrow(/"\/articles\/three"[\s\S]*"\/help"/);
  });

  it('fails on a related article that does not exist', () => {
    const dir = folderWith({ 'one.mdx': article('one', '', '["nowhere"]') });
    expect(() => loadArticlesFrom(dir)).toThrow('frontmatter field "related" names "nowhere"');
  });

  it('reports every broken article at once, not only the first', () => {
    const dir = folderWith({ 'a.mdx': article('a').replace('## Cause {/*cause*/}', '## Cause'), 'b.mdx': article('wrong-id') });
    expect(() => loadArticlesFrom(dir)).toThrow(/a\.mdx[\s\S]*heading "Cause" has no explicit id[\s\S]*b\.mdx[\s\S]*"id" is "wrong-id"/);
  });
});
