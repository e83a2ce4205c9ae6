// A terminal buffer (@xterm/headless) → an SVG of its cells with their colours: monospace, dark background.
import type { IBufferCell, Terminal } from '@xterm/headless';

const CELL_W = 8.4;
const CELL_H = 18;
const FONT_SIZE = 14;
const PAD = 12;
const BACKGROUND = '#16181d';
const FOREGROUND = '#d7dae0';

// The 16 ANSI colours of a dark terminal theme.
const ANSI = [
  '#2e3440',
  '#e06c75',
  '#98c379',
  '#e5c07b',
  '#61afef',
  '#c678dd',
  '#56b6c2',
  '#d7dae0',
  '#7f848e',
  '#ff7b86',
  '#b5e890',
  '#ffd68a',
  '#7cc4ff',
  '#de9bf0',
  '#6fd3e0',
  '#ffffff',
];

function palette(index: number): string {
  if (index < 16) return ANSI[index]!;
  if (index < 232) {
    const i = index - 16;
    const level = (n: number) => (n === 0 ? 0 : 55 + n * 40);
    return rgb((level(Math.floor(i / 36)) << 16) | (level(Math.floor(i / 6) % 6) << 8) | level(i % 6));
  }
  const gray = 8 + (index - 232) * 10;
  return rgb((gray << 16) | (gray << 8) | gray);
}

function rgb(value: number): string {
  return `#${value.toString(16).padStart(6, '0')}`;
}

interface Style {
  fg: string;
  bg: string | undefined;
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
}

function styleOf(cell: IBufferCell): Style {
  let fg = cell.isFgDefault()
    ? FOREGROUND
    : cell.isFgRGB()
      ? rgb(cell.getFgColor())
      : palette(cell.getFgColor());
  let bg = cell.isBgDefault()
    ? undefined
    : cell.isBgRGB()
      ? rgb(cell.getBgColor())
      : palette(cell.getBgColor());
  // bold with a basic colour is drawn bright, as most terminals do
  if (cell.isBold() && cell.isFgPalette() && cell.getFgColor() < 8) fg = palette(cell.getFgColor() + 8);
  if (cell.isInverse()) [fg, bg] = [bg ?? BACKGROUND, fg];
  return {
    fg,
    bg,
    bold: cell.isBold() !== 0,
    dim: cell.isDim() !== 0,
    italic: cell.isItalic() !== 0,
    underline: cell.isUnderline() !== 0,
  };
}

const same = (a: Style, b: Style) =>
  a.fg === b.fg &&
  a.bg === b.bg &&
  a.bold === b.bold &&
  a.dim === b.dim &&
  a.italic === b.italic &&
  a.underline === b.underline;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Run {
  col: number;
  width: number;
  text: string;
  style: Style;
}

/** The visible screen as runs of same-styled cells, line by line. */
function runs(term: Terminal): Run[][] {
  const buffer = term.buffer.active;
  const lines: Run[][] = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    const out: Run[] = [];
    if (line) {
      for (let x = 0; x < term.cols; x++) {
        const cell = line.getCell(x);
        if (!cell || cell.getWidth() === 0) continue;
        const style = styleOf(cell);
        const text = cell.getChars() || ' ';
        const last = out.at(-1);
        if (last && same(last.style, style) && last.col + last.width === x) {
          last.text += text;
          last.width += cell.getWidth();
        } else out.push({ col: x, width: cell.getWidth(), text, style });
      }
    }
    lines.push(out);
  }
  return lines;
}

export function terminalSvg(term: Terminal, title: string): string {
  const width = Math.ceil(term.cols * CELL_W + PAD * 2);
  const height = Math.ceil(term.rows * CELL_H + PAD * 2);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" rx="6" fill="${BACKGROUND}"/>`,
    `<g font-family="'DejaVu Sans Mono','Menlo','Consolas','Liberation Mono',monospace" font-size="${FONT_SIZE}">`,
  ];
  runs(term).forEach((line, y) => {
    const top = PAD + y * CELL_H;
    for (const run of line) {
      const x = PAD + run.col * CELL_W;
      const w = run.width * CELL_W;
      if (run.style.bg) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${top}" width="${w.toFixed(1)}" height="${CELL_H}" fill="${run.style.bg}"/>`,
        );
      }
      // spaces draw nothing: trim them so each text element is stretched over its glyphs only
      const text = run.text.trimEnd();
      const lead = text.length - text.trimStart().length;
      if (!text.trim()) continue;
      const glyphs = text.slice(lead);
      const gx = x + lead * CELL_W;
      const gw = w - (run.text.length - text.length + lead) * CELL_W;
      const attrs = [
        `x="${gx.toFixed(1)}"`,
        `y="${top + CELL_H - 5}"`,
        `fill="${run.style.fg}"`,
        // the font's advance may differ from the cell: stretch each run to exactly its cells
        `textLength="${gw.toFixed(1)}"`,
        'lengthAdjust="spacingAndGlyphs"',
      ];
      if (run.style.bold) attrs.push('font-weight="bold"');
      if (run.style.dim) attrs.push('opacity="0.6"');
      if (run.style.italic) attrs.push('font-style="italic"');
      if (run.style.underline) attrs.push('text-decoration="underline"');
      parts.push(`<text ${attrs.join(' ')} xml:space="preserve">${escapeXml(glyphs)}</text>`);
    }
  });
  parts.push('</g>', '</svg>');
  return `${parts.join('\n')}\n`;
}
