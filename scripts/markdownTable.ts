// A markdown table laid out the way biome formats one (cells padded to the column width), so
// generated tables pass `biome check` as they are written.
import stringWidth from 'string-width';

export type Align = 'left' | 'right';

export function markdownTable(header: string[], rows: string[][], align: Align[] = []): string {
  const widths = header.map((h, i) =>
    Math.max(3, stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))),
  );
  const pad = (text: string, i: number) => {
    const space = ' '.repeat(widths[i]! - stringWidth(text));
    return align[i] === 'right' ? space + text : text + space;
  };
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
