import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe(toCsv.name, () => {
  it('starts with a byte-order mark, quotes cells and neutralises formulas', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['=HYPERLINK("x")', 'dijo "hola", luego'],
        ['+1', '@ref'],
        ['-2', 'normal'],
      ],
    );
    expect(csv.startsWith('\uFEFF"a","b"\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")","dijo ""hola"", luego"`);
    expect(csv).toContain(`"'+1","'@ref"`);
    expect(csv).toContain(`"'-2","normal"`);
  });
});
