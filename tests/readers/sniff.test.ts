// Format detection by content: the extension alone never makes a PDF or a Word file.
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/source/sniff.js';

const bytes = (s: string) => Buffer.from(s, 'latin1');

describe('sniffFormat', () => {
  it('knows a PDF by %PDF-, whatever its name', () => {
    expect(sniffFormat(bytes('%PDF-1.7\n...'), 'dokument.pdf')).toBe('pdf');
    expect(sniffFormat(bytes('%PDF-1.4\n...'), 'nedlasting')).toBe('pdf');
    expect(sniffFormat(bytes('junk\n%PDF-1.4\n'), 'a.pdf')).toBe('pdf');
  });

  it('knows a Word file by a ZIP archive that holds word/document.xml', () => {
    expect(sniffFormat(bytes('PK\u0003\u0004....word/document.xml....'), 'brev.docx')).toBe('docx');
    expect(sniffFormat(bytes('PK\u0003\u0004....word/document.xml....'), 'brev.bin')).toBe('docx');
    expect(() => sniffFormat(bytes('PK\u0003\u0004....xl/workbook.xml'), 'regneark.docx')).toThrow(/ZIP archive without word\/document\.xml/u);
    // any other ZIP is left to the text decoder, which refuses it as binary
    expect(sniffFormat(bytes('PK\u0003\u0004....xl/workbook.xml'), 'regneark.txt')).toBe('text');
  });

  it('knows a saved page by its start or its extension', () => {
    expect(sniffFormat(bytes('<!DOCTYPE html><html>'), 'side.txt')).toBe('html');
    expect(sniffFormat(Buffer.from('\ufeff  <!-- lagret -->\n<html lang="nb">', 'utf8'), 'side')).toBe('html');
    expect(sniffFormat(bytes('<div><p>Et fragment</p></div>'), 'side.htm')).toBe('html');
  });

  it('leaves text and Markdown to their extension', () => {
    expect(sniffFormat(bytes('# Tittel\n'), 'notat.md')).toBe('markdown');
    expect(sniffFormat(bytes('Tekst om %PDF-filer.\n'), 'notat.txt')).toBe('text');
    expect(sniffFormat(bytes('<p>avsnitt</p>'), 'notat.txt')).toBe('text');
  });

  it('refuses a file that only claims to be a PDF or a Word file, saying what it is', () => {
    expect(() => sniffFormat(bytes('Bare tekst.\n'), 'falsk.pdf')).toThrow(/falsk\.pdf: not a PDF/u);
    expect(() => sniffFormat(bytes('Bare tekst.\n'), 'falsk.docx')).toThrow(/not a ZIP archive/u);
    expect(() => sniffFormat(bytes('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1'), 'gammel.docx')).toThrow(/old Word \.doc file/u);
  });
});
