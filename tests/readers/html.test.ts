// The HTML reader's choices on small pages: which block is the main text, what is furniture,
// where the title comes from.
import { describe, expect, it } from 'vitest';
import { stringifyMarkdown } from '../../src/markdown/markdown.js';
import { readHtml } from '../../src/readers/read-html.js';

const markdown = async (html: string) => stringifyMarkdown(await readHtml(html));

describe('readHtml', () => {
  it('takes the title from <title> when the text has no <h1>, above its <h2> chapters', async () => {
    const md = await markdown('<html><head><title>Høringssvar om kommuneloven</title></head><body><main><h2>Innledning</h2><p>KS støtter forslaget.</p></main></body></html>');
    expect(md).toBe('# Høringssvar om kommuneloven\n\n## Innledning\n\nKS støtter forslaget.\n');
  });

  it('keeps the <h1> of an article header and leaves out what is hidden, navigation and forms', async () => {
    const md = await markdown(
      '<!DOCTYPE html><body><nav><a href="/">Forside</a></nav><article><header><h1>Svar</h1><p class="byline">Av KS</p></header>' +
        '<p aria-hidden="true">Skjult tekst</p><div hidden>Mer skjult</div><p>Kommunene må få mer.</p><form><label>E-post</label><input></form>' +
        '<div class="social-share">Del på Facebook</div></article><footer>Kontakt oss</footer></body>',
    );
    expect(md).toBe('# Svar\n\nAv KS\n\nKommunene må få mer.\n');
  });

  it('without <main> or <article>, takes the block with most paragraph text', async () => {
    const md = await markdown(
      '<html><body><div class="top"><p>Kort meny</p></div><div class="tekst"><h1>Innspill</h1><p>Første avsnitt med en del tekst.</p><p>Andre avsnitt med mer tekst.</p></div><div><p>Kontakt</p></div></body></html>',
    );
    expect(md).toBe('# Innspill\n\nFørste avsnitt med en del tekst.\n\nAndre avsnitt med mer tekst.\n');
  });
});
