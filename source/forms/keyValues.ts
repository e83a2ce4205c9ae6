// "k=v,k=v" → a map, for labels and driver options. A value holding commas is quoted: o="size=1m,uid=0".

export type KeyValuesResult = { values: Record<string, string> } | { error: string };

/** Splits on commas outside double quotes; quotes are removed. */
function splitPairs(text: string): string[] | undefined {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  if (quoted) return undefined;
  out.push(current);
  return out;
}

export function parseKeyValues(text: string): KeyValuesResult {
  const values: Record<string, string> = {};
  if (!text.trim()) return { values };
  const pairs = splitPairs(text);
  if (!pairs) return { error: 'a quote is not closed' };
  for (const raw of pairs) {
    const pair = raw.trim();
    if (!pair) return { error: 'an empty entry between commas: write k=v,k=v' };
    const eq = pair.indexOf('=');
    if (eq <= 0) return { error: `"${pair}" is not key=value` };
    const key = pair.slice(0, eq).trim();
    if (/\s/.test(key)) return { error: `the key "${key}" has a space in it` };
    if (key in values) return { error: `"${key}" is given twice` };
    values[key] = pair.slice(eq + 1).trim();
  }
  return { values };
}
