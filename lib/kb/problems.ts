// Every message the content checks can print, as functions of their parameters, so that the
// wording is consistent and each says how to fix the problem.
export const problems = {
  noFrontmatter: () => 'has no frontmatter: start the file with a --- YAML block ---',
  badYaml: (detail: string) => `frontmatter is not valid YAML: ${detail}`,
  field: (path: string, detail: string) => `frontmatter field "${path}" ${detail}`,
  idNotFileName: (id: string, slug: string) => `frontmatter field "id" is "${id}" but the file is named "${slug}.mdx": they must be equal`,
  mdxSyntax: (line: number | undefined, detail: string) => `MDX does not parse${line ? ` at line ${line}` : ''}: ${detail}`,
  headingWithoutId: (line: number | undefined, text: string) =>
    `line ${line}: heading "${text}" has no explicit id; end it with {/*some-id*/}`,
  badId: (line: number | undefined, id: string) => `line ${line}: id "${id}" is not kebab-case (a-z, 0-9, single dashes)`,
  duplicateId: (line: number | undefined, id: string) => `line ${line}: id "${id}" is used twice in this article`,
  stepWithoutId: (line: number | undefined) => `line ${line}: <Step> needs an id="..." attribute`,
  stepOutsideSteps: (line: number | undefined) => `line ${line}: <Step> must sit directly inside <Steps>`,
  unknownComponent: (line: number | undefined, name: string) =>
    `line ${line}: <${name}> is not an article component (use Steps, Step or Note)`,
  missingSection: (id: string) => `the body has no "## ... {/*${id}*/}" section`,
  noResolutionPath: () => 'the Resolution section has no "### path {/*id*/}" followed by <Steps>',
  noSymptomLines: () => 'the Symptoms section has no fenced code block with the quoted log lines',
  deadLink: (line: number | undefined, url: string) => `line ${line}: link "${url}" points at an anchor or page that does not exist`,
  pathsMismatch: (listed: string[], body: string[]) =>
    `frontmatter field "paths" lists [${listed.join(', ')}] but the Resolution paths with steps are [${body.join(', ')}]: list every path once, in the order the body gives them (the order the source prefers)`,
  unanchoredSignature: (index: number, text: string) =>
    `frontmatter field "signatures.${index}" (${text}) has no literal text of 3 or more characters (beyond words like "failed", "error", "to") that every match must contain, so it would be tried on every line: quote more of the line`,
  unknownRelated: (slug: string) => `frontmatter field "related" names "${slug}", which is not an article`,
};
