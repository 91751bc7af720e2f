// Context cut to a width in terminal columns, at a word: kwic's left and right (query/kwic.ts),
// and again on a terminal narrower than they were cut for (render/kwic.ts). No imports: the
// renderer loads it without the search analyzer.
/**
 * The end of `text` that fits in `width` columns. A context that had to be cut starts at a word,
 * marked "…" (which takes one of the columns), rather than in the middle of one; only a single
 * word longer than the width is cut inside.
 */
export function takeEnd(text: string, width: number, measure: (s: string) => number): string {
  const chars = [...text];
  if (fits(chars, width, measure)) return text;
  let used = measure(ELLIPSIS);
  let i = chars.length;
  while (i > 0 && used + measure(chars[i - 1]!) <= width) used += measure(chars[--i]!);
  const kept = chars.slice(i).join('');
  const word = kept.search(/\s/u); // the first word is cut: start after it
  return word >= 0 && kept.slice(word).trim() ? `${ELLIPSIS}${kept.slice(word)}` : `${ELLIPSIS}${kept}`;
}

/** The start of `text` that fits in `width` columns, ending at a word with "…" where it was cut. */
export function takeStart(text: string, width: number, measure: (s: string) => number): string {
  const chars = [...text];
  if (fits(chars, width, measure)) return text;
  let used = measure(ELLIPSIS);
  let i = 0;
  while (i < chars.length && used + measure(chars[i]!) <= width) used += measure(chars[i++]!);
  const kept = chars.slice(0, i).join('');
  const word = Math.max(kept.lastIndexOf(' '));
  return word > 0 && kept.slice(0, word).trim() ? `${kept.slice(0, word)}${ELLIPSIS}` : `${kept}${ELLIPSIS}`;
}

const ELLIPSIS = '…';

function fits(chars: string[], width: number, measure: (s: string) => number): boolean {
  let used = 0;
  for (const c of chars) if ((used += measure(c)) > width) return false;
  return true;
}
