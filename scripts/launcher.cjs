#!/bin/sh
":" //; BERTH_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS-}"; export BERTH_EXTRA_CA_CERTS; unset NODE_EXTRA_CA_CERTS; exec node "$0" "$@"
// berth's command: runs the bundle (berth.cjs, beside this file) through V8's code cache, so a start
// does not parse and compile ~800 KB of JavaScript again (Node 20 has no compile cache of its own).
// The cache is written once, a moment after the first frame, when it holds everything startup compiled;
// it is named for the bundle's hash, so a new build never meets an old cache.
// Then V8 is told to favour memory over speed (see settle()).
// CommonJS (dist/package.json says so), not an ES module: node starts an ES module entry ~20 ms later.
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

/*__PREFETCH__*/

// The first two lines are a shell script (to node, a string and a comment; biome.json keeps the
// formatter off them): it runs node on this file. NODE_EXTRA_CA_CERTS makes Node 20 read and parse the
// whole file it names before any JavaScript runs (~60 ms of a 250 ms start where it is set), so the script
// hands it over under another name. It goes back into the environment for whatever berth starts, and
// berth adds those certificates itself to the one TLS connection it makes: an https engine without
// DOCKER_CERT_PATH (source/docker/endpoint.ts).
if (process.env.BERTH_EXTRA_CA_CERTS !== undefined) {
  if (process.env.BERTH_EXTRA_CA_CERTS) process.env.NODE_EXTRA_CA_CERTS = process.env.BERTH_EXTRA_CA_CERTS;
  delete process.env.BERTH_EXTRA_CA_CERTS;
}

// The engine's version and containers, asked for now, while the bundle loads (source/docker/prefetch.ts,
// put here by the build); the bundle's client takes the answers, or asks again itself.
let early = false;
try {
  early = __BERTH_PREFETCH__.prefetch(process.argv.slice(2), process.env);
} catch {
  // only ever a head start
}

const bundle = join(__dirname, 'berth.cjs');
const name = 'berth-__BUNDLE_HASH__.cache';
// beside the bundle, or in the user's cache directory when the install is not writable
const places = [
  join(dirname(bundle), name),
  join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'berth', name),
];

/** The bundle compiled, from the cache when there is one that V8 takes; else the cache is made soon. */
function compile() {
  let cached;
  for (const place of places) {
    try {
      cached = readFileSync(place);
      break;
    } catch {
      // not there: the next place, or compile from source
    }
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData: cached,
  });
  setTimeout(() => {
    if (cached === undefined || script.cachedDataRejected) writeCache(script.createCachedData());
    settle();
  }, 2000).unref();
  return script;
}

function writeCache(data) {
  for (const place of places) {
    try {
      mkdirSync(dirname(place), { recursive: true });
      writeFileSync(`${place}.${process.pid}`, data);
      renameSync(`${place}.${process.pid}`, place);
      return;
    } catch {
      // a cache only saves time: an unwritable place is skipped
    }
  }
}

/** Started: from now on V8 favours memory over speed. Its young generation stays the size startup left it
 *  (a log firehose would grow it to 32 MB), and its old generation is collected and given back sooner;
 *  DESIGN.md §7 wants memory flat while a million log lines go by. Not from the start: there the same
 *  flags cost ~30 ms of the first frame. And only after the cache is written: V8 takes a cache only
 *  under the flags it was made with. */
function settle() {
  // loaded here, and synchronously (a promise nobody awaits would end berth if it ever rejected):
  // node:v8 at startup costs a few ms and MB
  const { setFlagsFromString } = require('node:v8');
  setFlagsFromString('--optimize-for-size');
  setFlagsFromString('--semi-space-growth-factor=1');
}

const bundleModule = { exports: {} };
const run = () =>
  compile().runInThisContext()(bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle));
// loading the bundle holds the thread ~30–45 ms: a prefetch's requests must leave first, and they leave
// only once the event loop has seen their sockets connect
if (early) setImmediate(() => setImmediate(run));
else run();
