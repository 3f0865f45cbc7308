import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from './parse-article';

const FRONTMATTER = `---
id: sample
title: "A sample problem for the parser"
summary: "One sentence that says what the sample is about."
area: boot-media
products: ["Configuration Manager 2007"]
logs:
  - name: SMSTS.log
    where: 'the client, in WinPE'
codes: ["0x80040101"]
signatures:
  - literal: "Network Access Account is not set"
    role: decisive
paths:
  - id: import-keys
    when: "Whenever the tool can run on the server."
nearMisses:
  - what: "A healthy start of a task sequence"
    source: "test/fixtures/logs/maxmoonACR__MDTLOGFiles__smsts.log"
    lines: "Starting Task Sequence Manager."
sources:
  - title: "KB 2509330"
    url: "https://support.microsoft.com/kb/2509330"
---
`;

const BODY = `
## Symptoms {/*symptoms*/}

\`\`\`log
Network Access Account is not set TSMBootstrap
\`\`\`

## Cause {/*cause*/}

Keys.

## Resolution {/*resolution*/}

### Import the keys {/*import-keys*/}

<Steps>
<Step id="run-tool">

Run the tool, then [reset the site](#site-reset).

</Step>
<Step id="site-reset">

Reset the site.

</Step>
</Steps>

## More information {/*more-information*/}

None.
`;

function errorsOf(source: string, slug = 'sample'): string[] {
  try {
    parseArticle(slug, source);
  } catch (error) {
    if (error instanceof ArticleError) return error.details;
    throw error;
  }
  return [];
}

describe('parseArticle', () => {
  it('collects headings, resolution paths with their steps, and the quoted symptom lines', () => {
    const article = parseArticle('sample', FRONTMATTER + BODY);
    expect(article.headings.map((h) => h.id)).toEqual(['symptoms', 'cause', 'resolution', 'import-keys', 'more-information']);
    expect(article.paths).toEqual([
      {
        id: 'import-keys',
        title: 'Import the keys',
        when: 'Whenever the tool can run on the server.',
        steps: [
          expect.objectContaining({ id: 'run-tool', text: 'Run the tool, then reset the site.' }),
          expect.objectContaining({ id: 'site-reset' }),
        ],
      },
    ]);
    expect(article.symptomLines).toEqual(['Network Access Account is not set TSMBootstrap']);
    expect(article.anchors).toContain('site-reset');
  });

  it('requires frontmatter paths to list every resolution path, in the body order', () => {
    const swapped = FRONTMATTER.replace('id: import-keys', 'id: other-path');
    expect(errorsOf(swapped + BODY).join()).toMatch(/"paths" lists \[other-path\] but the Resolution paths with steps are \[import-keys\]/);
  });

  it('requires path and commit for a Microsoft troubleshooting source', () => {
    const learn = FRONTMATTER.replace('https://support.microsoft.com/kb/2509330', 'https://learn.microsoft.com/en-us/troubleshoot/mem/configmgr/os-deployment/pxe-boot-not-work');
    const errors = errorsOf(learn + BODY);
    expect(errors).toContainEqual(expect.stringContaining('"sources.0.path" is required'));
    expect(errors).toContainEqual(expect.stringContaining('"sources.0.commit" is required'));
  });

  it('rejects a regex signature that could backtrack catastrophically, naming it', () => {
    const hostile = FRONTMATTER.replace('- literal: "Network Access Account is not set"', "- regex: 'Network Access (\\w+\\s?)+ not set'");
    expect(errorsOf(hostile + BODY).join()).toMatch(/"signatures\.0\.regex" may backtrack catastrophically/);
  });

  it('rejects an unbounded wildcard in a regex signature', () => {
    const wide = FRONTMATTER.replace('- literal: "Network Access Account is not set"', "- regex: 'Network Access.*not set'");
    expect(errorsOf(wide + BODY).join()).toMatch(/"signatures\.0\.regex" uses an unbounded wildcard/);
  });

  it('rejects a signature with no literal text that every match must contain, naming it', () => {
    const vague = FRONTMATTER.replace('- literal: "Network Access Account is not set"', "- regex: '(?:not|empty) set'");
    expect(errorsOf(vague + BODY).join()).toMatch(/"signatures\.0" \(\(\?:not\|empty\) set\) has no literal text/);
  });

  it('rejects an area that content/areas.json does not define', () => {
    expect(errorsOf(FRONTMATTER.replace('area: boot-media', 'area: somewhere') + BODY).join()).toMatch(/"area"/);
  });

  it('keeps line numbers of the file in the body so MDX errors point at the right line', () => {
    const article = parseArticle('sample', FRONTMATTER + BODY);
    expect(article.headings[0].line).toBe(FRONTMATTER.split('\n').length + 1);
  });

  it('names the frontmatter field that is wrong', () => {
    const broken = FRONTMATTER.replace('codes: ["0x80040101"]', 'codes: ["80040101"]').replace('role: decisive', 'role: maybe');
    const errors = errorsOf(broken + BODY);
    expect(errors.some((e) => e.includes('"codes.0"') && e.includes('0x followed by 8 upper-case hex'))).toBe(true);
    expect(errors).toContainEqual(expect.stringMatching(/^frontmatter field "signatures\.0\.role" /));
  });

  it('rejects an id that differs from the file name', () => {
    expect(errorsOf(FRONTMATTER + BODY, 'other-name')).toContainEqual(expect.stringContaining('"other-name.mdx"'));
  });

  it('rejects a heading without an explicit id, with its line', () => {
    const errors = errorsOf(FRONTMATTER + BODY.replace('## Cause {/*cause*/}', '## Cause'));
    expect(errors).toContainEqual(expect.stringMatching(/^line \d+: heading "Cause" has no explicit id/));
  });

  it('rejects duplicate step ids', () => {
    const errors = errorsOf(FRONTMATTER + BODY.replace('<Step id="site-reset">', '<Step id="run-tool">'));
    expect(errors).toContainEqual(expect.stringContaining('id "run-tool" is used twice'));
  });

  it('rejects a link to an anchor that does not exist', () => {
    const errors = errorsOf(FRONTMATTER + BODY.replace('(#site-reset)', '(#site-rest)'));
    expect(errors).toContainEqual(expect.stringContaining('link "#site-rest"'));
  });

  it('rejects a regex signature that does not compile or is anchored', () => {
    const broken = FRONTMATTER.replace('- literal: "Network Access Account is not set"', '- regex: "^Network (Access"');
    expect(errorsOf(broken + BODY)).toContainEqual(expect.stringMatching(/^frontmatter field "signatures\.0\.regex" is not a valid regular expression/));
    const anchored = FRONTMATTER.replace('- literal: "Network Access Account is not set"', '- regex: "^Network Access"');
    expect(errorsOf(anchored + BODY)).toContainEqual('frontmatter field "signatures.0.regex" must not be anchored with ^ or $');
  });

  it('rejects a signature with both or neither of literal and regex', () => {
    const both = FRONTMATTER.replace('- literal: "Network Access Account is not set"', '- literal: "Network Access"\n    regex: "Network Access"');
    expect(errorsOf(both + BODY)).toContainEqual('frontmatter field "signatures.0" needs exactly one of "literal" or "regex"');
  });

  it('requires the four sections and at least one resolution path with steps', () => {
    const errors = errorsOf(FRONTMATTER + '\n## Symptoms {/*symptoms*/}\n\n```log\nx\n```\n');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('{/*cause*/}'),
        expect.stringContaining('{/*resolution*/}'),
        expect.stringContaining('{/*more-information*/}'),
        expect.stringContaining('no "### path'),
      ]),
    );
  });

  it('rejects components an article may not use', () => {
    const errors = errorsOf(FRONTMATTER + BODY + '\n<Script />\n');
    expect(errors).toContainEqual(expect.stringContaining('<Script> is not an article component'));
  });
});
