// npm run readme:keys: rewrites the key table in README.md from source/keymap.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withKeyTable } from './readmeKeys.js';

const file = resolve(import.meta.dirname, '../README.md');
const before = readFileSync(file, 'utf8');
const after = withKeyTable(before);
if (after !== before) writeFileSync(file, after);
process.stdout.write(
  after === before ? 'README.md key table: up to date\n' : 'README.md key table: rewritten\n',
);
