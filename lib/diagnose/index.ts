export { compileMatcher, candidateSignatures, literalPattern, matchRanges, signatureFragments, UnanchoredSignatureError, type Matcher, type CompiledSignature } from './matcher';
export { diagnose, confidenceOf, mergeRanges, type Diagnosis, type ArticleMatch, type Evidence, type CodeOccurrence, type Confidence } from './diagnose';
export { toReport, type Report, type CodeDescription } from './report';
export { diagnoseFiles } from './run-case';
export type { Suggestion } from './suggest';
