/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (Spanish Excel opens it right), quoted cells, and
 * cells that start with =, +, - or @ neutralised so a spreadsheet never runs them as formulas.
 */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    let text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
