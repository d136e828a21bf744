import { docxBytes, elfBytes, odtBytes, pdfBytes, pngBytes, storedZip, vttBytes } from '@trainaction/testing';
import { describe, expect, it } from 'vitest';
import { sniffFileType } from './file-sniffer';
import { typeOfName } from './file-types';
import { contentDisposition, safeFileName } from './safe-name';

describe(sniffFileType.name, () => {
  it.each([
    ['pdf', pdfBytes()],
    ['png', pngBytes()],
    ['vtt', vttBytes()],
    ['vtt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), vttBytes()])],
    ['docx', docxBytes()],
    ['odt', odtBytes()],
  ])('recognises %s by its bytes', async (type, bytes) => {
    expect(await sniffFileType(bytes)).toBe(type);
  });

  it('recognises nothing it does not accept: an executable, HTML, SVG, a plain zip, text', async () => {
    for (const bytes of [
      elfBytes(),
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      storedZip([{ name: 'a.txt', data: 'a' }]),
      Buffer.from('WEBVTTX no'),
    ]) {
      expect(await sniffFileType(bytes)).toBeUndefined();
    }
  });
});

describe(safeFileName.name, () => {
  it('keeps the name without folders, control or direction-changing characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\ana\\Informe final.pdf')).toBe('Informe final.pdf');
    expect(safeFileName('evil\u202Efdp.exe')).toBe('evilfdp.exe');
    expect(safeFileName('...')).toBe('archivo');
    expect(safeFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(200);
    expect(safeFileName(`${'a'.repeat(300)}.pdf`).endsWith('.pdf')).toBe(true);
  });

  it('names the type of an extension in any letter case', () => {
    expect(typeOfName('foto.JPG')).toBe('jpeg');
    expect(typeOfName('informe.pdf')).toBe('pdf');
    expect(typeOfName('programa.exe')).toBeUndefined();
  });
});

describe(contentDisposition.name, () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 6266)', () => {
    expect(contentDisposition('attachment', 'Año "2026"; informe.pdf')).toBe(
      `attachment; filename="Ano _2026__ informe.pdf"; filename*=UTF-8''A%C3%B1o%20%222026%22%3B%20informe.pdf`,
    );
  });
});
