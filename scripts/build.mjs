// One bundled file: startup time is a feature, so no module resolution at run time.
import { chmod, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

// ink 6.8's incremental renderer moves the cursor up one line too few when the previous frame ended in a
// newline (every frame shorter than the terminal does), so each frame would land one row lower. berth keeps
// its frame at rows − 1 to avoid ink's full clears, so it needs the fix; the build fails if the code moved.
const inkIncrementalFix = {
  name: 'ink-incremental-fix',
  setup(b) {
    b.onLoad({ filter: /ink[\\/]build[\\/]log-update\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const from = 'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));';
      const to =
        "buffer.push(ansiEscapes.cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1)));";
      if (!source.includes(from))
        throw new Error('ink log-update.js changed: review the incremental-render fix');
      return { contents: source.replace(from, to), loader: 'js' };
    });
  },
};

// ink draws each frame into an Output; berth's (source/ink/output.ts) gives the same frames several times
// faster (test/unit/inkOutput.test.ts holds them equal). The build fails if ink's Output changed shape.
const inkOutput = {
  name: 'ink-output',
  setup(b) {
    b.onLoad({ filter: /ink[\\/]build[\\/]output\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      for (const mark of [
        'export default class Output',
        'write(x, y, text, options)',
        'clip(clip)',
        'unclip()',
        'get()',
      ])
        if (!source.includes(mark))
          throw new Error(`ink output.js changed (no "${mark}"): review source/ink/output.ts`);
      return {
        contents: `export { default } from ${JSON.stringify(resolve('source/ink/output.ts'))};`,
        loader: 'js',
      };
    });
  },
};

// Every import of string-width (ink, wrap-ansi, cli-truncate) goes to source/ink/width.ts, which measures
// plain lines itself and asks string-width for the rest.
const quickWidth = {
  name: 'quick-width',
  setup(b) {
    const width = resolve('source/ink/width.ts');
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === width ? undefined : { path: width },
    );
  },
};

// Heavy dependencies that berth never uses at run time, swapped for stand-ins (see scripts/stubs/).
const stubs = {
  name: 'stubs',
  setup(b) {
    b.onResolve({ filter: /^\.\/(session|buildkit)$/ }, (args) =>
      /dockerode[\\/]lib/.test(args.importer)
        ? { path: resolve(`scripts/stubs/dockerode-${args.path.slice(2)}.cjs`) }
        : undefined,
    );
  },
};

await build({
  entryPoints: ['cli.tsx'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  sourcemap: false,
  jsx: 'automatic',
  // Native pieces of ssh2 stay outside; it falls back to pure JS without them.
  external: ['cpu-features', '*.node'],
  alias: {
    'react-devtools-core': './scripts/stubs/react-devtools-core.js',
    ssh2: './scripts/stubs/ssh2-lazy.cjs',
    ws: './scripts/stubs/ws.js',
  },
  plugins: [inkIncrementalFix, inkOutput, quickWidth, stubs],
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"' },
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __berthRequire } from 'node:module';",
      "import { fileURLToPath as __berthPath } from 'node:url';",
      'const require = __berthRequire(import.meta.url);',
      'const __filename = __berthPath(import.meta.url);',
      "const __dirname = __berthPath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
  logLevel: 'warning',
});
// the bin is run directly
await chmod('dist/cli.js', 0o755);
