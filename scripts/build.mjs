// One bundled file (dist/berth.cjs) and the command that runs it (dist/cli.js): startup time is a feature,
// so no module resolution at run time, and compiled code comes from V8's cache (scripts/launcher.cjs).
import { createHash } from 'node:crypto';
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

// what meow shows for --help and --version
const { name, version, description, bin } = JSON.parse(await readFile('package.json', 'utf8'));
const berthPackage = { name, version, description, bin };

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

// ink caches every text it measures and wraps, forever: under a followed log (new texts each frame) that
// is memory without end. Both caches become source/ink/boundedCache.ts; the build fails if they changed.
const inkBoundedCaches = {
  name: 'ink-bounded-caches',
  setup(b) {
    const cache = JSON.stringify(resolve('source/ink/boundedCache.ts'));
    const edits = {
      'measure-text.js': [['const cache = new Map();', 'const cache = new BoundedCache(1000);']],
      'wrap-text.js': [
        ['const cache = {};', 'const cache = new BoundedCache(1000);'],
        ['const cachedText = cache[cacheKey];', 'const cachedText = cache.get(cacheKey);'],
        ['cache[cacheKey] = wrappedText;', 'cache.set(cacheKey, wrappedText);'],
      ],
    };
    b.onLoad({ filter: /ink[\\/]build[\\/](measure|wrap)-text\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      const name = args.path.split(/[\\/]/).pop();
      for (const [from, to] of edits[name]) {
        if (!source.includes(from)) throw new Error(`ink ${name} changed (no "${from}"): review its cache`);
        source = source.replace(from, to);
      }
      return { contents: `import { BoundedCache } from ${cache};\n${source}`, loader: 'js' };
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
// meow's package.json normalizer (built as meow loads, used only by cli.pkg) is left out. docker-modem's
// debug line is built only when its debug output is on.
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
      /docker-modem[\\/]lib[\\/]modem\.js$/,
      "debug('Sending: %s', util.inspect(options, {",
      // every request inspected its options in full (showHidden, depth: null) for a debug line that is
      // off: milliseconds at startup (five requests) and on every re-list
      "if (debug.enabled) debug('Sending: %s', util.inspect(options, {",
    );
    patch(
      /meow[\\/]build[\\/]dependencies\.js$/,
      'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
      // berth never reads cli.pkg, the one thing that normalizes; without it 110 KB of spdx tables and
      // package-name checks drop out of the bundle
      'const normalizePackageData = () => undefined;',
    );
  },
};

// The bundle must be a script (no top-level await) for V8's code cache. yoga-layout awaits its wasm: it is
// instantiated synchronously instead (source/ink/yoga.ts), from the bytes taken out of its loader. ink
// awaits only in DEV-only branches (React devtools), which never run.
const noTopLevelAwait = {
  name: 'no-top-level-await',
  setup(b) {
    const glue = /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/;
    const wasm = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
    b.onLoad({ filter: glue }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!wasm.test(source)) throw new Error('yoga-layout changed: its wasm is no longer inline');
      return { contents: source.replace(wasm, 'H=""'), loader: 'js' };
    });
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('const Yoga = wrapAssembly(await loadYoga());'))
        throw new Error('yoga-layout changed: review source/ink/yoga.ts');
      const bytes = (
        await readFile(resolve(args.path, '../../binaries/yoga-wasm-base64-esm.js'), 'utf8')
      ).match(wasm)[1];
      const contents = [
        "import loadYoga from '../binaries/yoga-wasm-base64-esm.js';",
        "import wrapAssembly from './wrapAssembly.js';",
        `import { loadYogaSync } from ${JSON.stringify(resolve('source/ink/yoga.ts'))};`,
        `const Yoga = wrapAssembly(loadYogaSync(loadYoga, ${JSON.stringify(bytes)}));`,
        'export default Yoga;',
        "export * from './generated/YGEnums.js';",
      ].join('\n');
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
    b.onLoad({ filter: /ink[\\/]build[\\/]reconciler\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const awaits = ["await import('./devtools.js');", '? await loadPackageJson()'];
      if (!awaits.every((a) => source.includes(a)))
        throw new Error('ink reconciler.js changed: review its awaits');
      return {
        contents: awaits.reduce((s, a) => s.replace(a, a.replace('await ', '')), source),
        loader: 'js',
      };
    });
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
  outfile: 'dist/berth.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20 has these; lowered, each regex literal becomes new RegExp(…), compiled as the bundle loads
  // (string-width's emoji patterns alone took ~25 ms of every start)
  supported: { 'regexp-set-notation': true, 'regexp-unicode-property-escapes': true },
  format: 'cjs',
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
  plugins: [
    inkIncrementalFix,
    inkOutput,
    inkBoundedCaches,
    quickWidth,
    lazySegmenters,
    quickPaths,
    noTopLevelAwait,
    stubs,
  ],
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.DEV': '"false"',
    // meow and yoga's loader read import.meta.url: the bundle's own file
    'import.meta': '__berthImportMeta',
    // meow's package.json, given: the nearest one to the bundle is dist/package.json (see below)
    __BERTH_PKG__: JSON.stringify(berthPackage),
  },
  banner: { js: "var __berthImportMeta = { url: require('node:url').pathToFileURL(__filename).href };" },
  logLevel: 'warning',
});

// The command: scripts/launcher.cjs, told the bundle's hash (its code cache is named for it). The bin must
// be dist/cli.js, and a .js file in this package is an ES module unless a package.json nearer says not.
const bundle = await readFile('dist/berth.cjs');
const hash = createHash('sha256').update(bundle).digest('hex').slice(0, 16);
const launcher = await readFile('scripts/launcher.cjs', 'utf8');
// source/docker/prefetch.ts, inlined: the launcher asks the engine while the bundle loads
const prefetch = await build({
  entryPoints: ['source/docker/prefetch.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'iife',
  globalName: '__BERTH_PREFETCH__',
  minify: true,
  write: false,
  logLevel: 'warning',
});
const prefetchCode = prefetch.outputFiles[0].text.trim();
if (!launcher.includes('/*__PREFETCH__*/'))
  throw new Error('scripts/launcher.cjs lost its /*__PREFETCH__*/ line');
await writeFile(
  'dist/cli.js',
  launcher.replace('__BUNDLE_HASH__', hash).replace('/*__PREFETCH__*/', () => prefetchCode),
);
await writeFile('dist/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
// caches of earlier builds
for (const file of await readdir('dist')) {
  if (/^berth-[0-9a-f]+\.cache/.test(file) && !file.includes(hash)) await rm(join('dist', file));
}
// the bin is run directly
await chmod('dist/cli.js', 0o755);
