// Where a sentence or section stands, as text output shows it: the page (`s. 7`), or the source
// line (`l. 12`) for a document without pages.
export const pageOrLine = (page: number | null, line: number): string => (page === null ? `l. ${line}` : `s. ${page}`);
