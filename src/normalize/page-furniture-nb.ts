// What a page carries besides the document's text, as data: the page-number forms Norwegian
// (and English) documents print in their headers and footers, and a table of contents' lines.
// Reviewed in one place; used by readers/pdf-layout.ts and normalize/raw-text.ts.

/** A whole line that is only a page number: `3`, `- 3 -`, `Side 3 av 14`, `3 / 14`, `s. 3`, `iv`. */
export const PAGE_NUMBER_LINES: readonly RegExp[] = [
  /^[-–—]?\s*\d{1,4}\s*[-–—]?$/u,
  /^(?:side|sida|s\.|page|p\.)\s*\d{1,4}(?:\s*(?:av|of|frå|fra|\/)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*(?:\/|av|of|frå|fra)\s*\d{1,4}$/iu,
  /^[ivxlc]{1,6}$/iu,
];

export function isPageNumberLine(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER_LINES.some((re) => re.test(t));
}

/** Text lines at each edge of a page that may be a running header or footer. */
export const EDGE_LINES = 2;

/** A running header or footer repeats, its page numbers aside: lines are compared by this key. */
export const runningKey = (text: string): string => text.toLowerCase().replace(/\d+/gu, '#');

/** On how many pages of a document a line must stand at an edge to be a running header or footer. */
export const runningPagesNeeded = (pages: number): number => Math.max(2, Math.ceil(pages / 2));

/**
 * A line of a table of contents: a heading, a leader of dots and the page it starts on
 * (`2.1 Inntekter ........ 4`, `Innledning . . . . 2`, `Sammendrag…………3`). Navigation, not text: as
 * lines of their own they had become headings, a second outline in front of the real one.
 */
export const CONTENTS_LINE = /^\S.*?\s*(?:(?:\.\s?){4,}|…{2,})\s*\d{1,4}$/u;

/** Glyphs that open a bullet point (Word's Symbol-font bullets are private-use characters). */
export const BULLET_MARKERS = /^(?:[•◦▪▫●○■□‣⁃∙·\uf0a7\uf0b7\uf076\uf0d8\uf0fc]\s*|[*\-–—]\s+)/u;

/** A numbered point: `1.`, `2)`, `a)`, `iii.` followed by text. */
export const NUMBER_MARKERS = /^(?:(\d{1,2})[.)]|([a-z])\)|([ivx]{1,4})\.)\s+/u;
