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
// plain lines itself and asks string-width (loaded when first needed) for the rest.
const quickWidth = {
  name: 'quick-width',
  setup(b) {
    const width = resolve('source/ink/width.ts');
    const lazy = resolve('scripts/stubs/string-width-lazy.cjs');
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer === lazy ? undefined : { path: args.importer === width ? lazy : width },
    );
  },
};

// string-width, slice-ansi and ansi-tokenize each make an Intl.Segmenter as they load; each gets a lazy
// one (source/ink/lazySegmenter.ts) so ICU's break rules load only if a line ever needs segmenting.
const lazySegmenters = {
  name: 'lazy-segmenters',
  setup(b) {
    const lazy = JSON.stringify(resolve('source/ink/lazySegmenter.ts'));
    const files =
      /node_modules[\\/](string-width[\\/]index|slice-ansi[\\/]tokenize-ansi|@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize)\.js$/;
    b.onLoad({ filter: files }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (source.split('new Intl.Segmenter(').length !== 2)
        throw new Error(`${args.path} changed: expected one Intl.Segmenter made at load`);
      const contents = `import { lazySegmenter as __lazySegmenter } from ${lazy};\n${source.replace('new Intl.Segmenter(', '__lazySegmenter(')}`;
      return { contents, loader: 'js' };
    });
  },
};

// ink sanitizes every text node of every frame with a full ANSI tokenizer; text whose only escapes are
// SGR colours (all of berth's) comes back unchanged, so that is checked first (source/ink/sgr.ts).
// meow normalizes package.json lazily, but its bundle builds the normalizer (spdx tables) as it loads.
const quickPaths = {
  name: 'quick-paths',
  setup(b) {
    const patch = (filter, from, to, prefix = '') => {
      b.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(from))
          throw new Error(`${args.path} changed: review the patch in scripts/build.mjs`);
        return { contents: prefix + source.replace(from, to), loader: 'js' };
      });
    };
    patch(
      /ink[\\/]build[\\/]sanitize-ansi\.js$/,
      'if (!hasAnsiControlCharacters(text)) {',
      'if (!hasAnsiControlCharacters(text) || __onlySgr(text)) {',
      `import { onlySgr as __onlySgr } from ${JSON.stringify(resolve('source/ink/sgr.ts'))};\n`,
    );
    patch(
      /meow[\\/]build[\\/]dependencies\.js$/,
      'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
      'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);',
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
  // Node 20 has these; lowered, each regex literal becomes new RegExp(…), compiled as the bundle loads
  // (string-width's emoji patterns alone took ~25 ms of every start)
  supported: { 'regexp-set-notation': true, 'regexp-unicode-property-escapes': true },
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
  plugins: [inkIncrementalFix, inkOutput, quickWidth, lazySegmenters, quickPaths, stubs],
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
