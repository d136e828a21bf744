import PDFDocument from 'pdfkit';

export interface ReadingSheet {
  /** The reading's title (Spanish), the course it belongs to, and its text: the full citation or description. */
  title: string;
  course: string;
  text: string;
  /** Where the original is published, when the course gives it. */
  source?: string;
}

/** Dashes and spaces the PDF standard fonts (WinAnsi) cannot draw become plain ones; other such characters are left out. */
function printable(text: string): string {
  return text
    .replace(/[\u2010-\u2012\u2212]/g, '-')
    .replace(/\u00a0|\u202f/g, ' ')
    .replace(/[^\u0020-\u00ff\n\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '');
}

/**
 * A real PDF document for a demo reading: a one-page reading sheet with the reading's text, tagged as Spanish,
 * generated with pdfkit when the demo academy is created (nothing is fetched from outside). The document is a
 * stream, read as it is written.
 */
export function readingPdf(sheet: ReadingSheet): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    lang: 'es',
    displayTitle: true,
    info: { Title: printable(sheet.title), Author: 'Academia TrainAction', Subject: printable(sheet.course), Creator: 'TrainAction' },
  });
  doc.font('Helvetica').fontSize(10).fillColor('#55606e').text(printable(sheet.course));
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(18).fillColor('#1f3a5f').text(printable(sheet.title));
  doc.moveDown(1).font('Helvetica-Bold').fontSize(11).fillColor('#1b1f24').text('Ficha de lectura');
  doc.moveDown(0.5).font('Helvetica').fontSize(11).text(printable(sheet.text), { align: 'left', lineGap: 3 });
  if (sheet.source)
    doc
      .moveDown(1)
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#55606e')
      .text(`Fuente: ${printable(sheet.source)}`);
  doc
    .moveDown(2)
    .font('Helvetica-Oblique')
    .fontSize(9)
    .fillColor('#55606e')
    .text('Documento de demostración de la academia TrainAction: reúne la referencia de la lectura para el trabajo del módulo.');
  doc.end();
  return doc;
}
