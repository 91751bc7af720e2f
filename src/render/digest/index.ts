// Markdown digests (`ks-input digest`): group statements, build an mdast tree, serialize it with
// remark-stringify + remark-gfm (src/markdown). The text is the same for stdout and `-o FILE`.
import { stringifyMarkdown } from '../../markdown/markdown.js';
import { buildDigest, type DigestModel } from './build.js';

export { buildDigest, citation, digestTitle, type DigestModel, type DigestScope, type DigestSource, statementItem } from './build.js';
export { type DigestGroup, type DigestItem, groupItems } from './group.js';
export { countTerms, keyTerms } from './keyterms.js';
export { GROUPINGS, type Grouping, LANGS, type Lang, labelsFor } from './labels.js';

/** The digest's Markdown, ending in one newline. */
export function renderDigest(model: DigestModel): string {
  return stringifyMarkdown(buildDigest(model));
}
