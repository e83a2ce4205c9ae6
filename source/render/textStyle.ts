// What ink's <Text> does to its text for its style props (ink/build/components/Text.js and colorize.js),
// as a function. A log row made of styled pieces is then one string in one <Text> instead of a <Text> per
// piece: the same bytes on screen, a few fibers per frame instead of dozens (each frame's fibers, props and
// closures live until the next frame, long enough to reach V8's old generation under a log firehose).
import chalk from 'chalk';

export interface TextStyle {
  color?: string;
  backgroundColor?: string;
  dimColor?: boolean;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  inverse?: boolean;
}

const RGB = /^rgb\(\s?(\d+),\s?(\d+),\s?(\d+)\s?\)$/;
const ANSI256 = /^ansi256\(\s?(\d+)\s?\)$/;

type Paint = (text: string) => string;

function painter(color: string, background: boolean): Paint | undefined {
  if (color in chalk) {
    const name = background ? `bg${color[0]!.toUpperCase()}${color.slice(1)}` : color;
    return (chalk as unknown as Record<string, Paint>)[name];
  }
  if (color.startsWith('#')) return background ? chalk.bgHex(color) : chalk.hex(color);
  if (color.startsWith('ansi256')) {
    const m = ANSI256.exec(color);
    if (!m) return undefined;
    return background ? chalk.bgAnsi256(Number(m[1])) : chalk.ansi256(Number(m[1]));
  }
  if (color.startsWith('rgb')) {
    const m = RGB.exec(color);
    if (!m) return undefined;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return background ? chalk.bgRgb(r, g, b) : chalk.rgb(r, g, b);
  }
  return undefined;
}

// a theme has a handful of colours and log lines a few more: each painter is looked up once
const painters = new Map<string, Paint | undefined>();
function paint(text: string, color: string, background: boolean): string {
  const key = background ? `bg:${color}` : color;
  let p = painters.get(key);
  if (p === undefined && !painters.has(key)) {
    p = painter(color, background);
    if (painters.size > 256) painters.clear();
    painters.set(key, p);
  }
  return p ? p(text) : text;
}

/** The text as `<Text {...style}>` would write it (no inherited background), in ink's order. */
export function styleText(text: string, style: TextStyle): string {
  let out = text;
  if (style.dimColor) out = chalk.dim(out);
  if (style.color) out = paint(out, style.color, false);
  if (style.backgroundColor) out = paint(out, style.backgroundColor, true);
  if (style.bold) out = chalk.bold(out);
  if (style.italic) out = chalk.italic(out);
  if (style.underline) out = chalk.underline(out);
  if (style.strikethrough) out = chalk.strikethrough(out);
  if (style.inverse) out = chalk.inverse(out);
  return out;
}
