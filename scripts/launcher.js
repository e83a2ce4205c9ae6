#!/usr/bin/env node
// berth's command: runs the bundle (berth.cjs, beside this file) through V8's code cache, so a start
// does not parse and compile ~800 KB of JavaScript again (Node 20 has no compile cache of its own).
// The cache is written once, a moment after the first frame, when it holds everything startup compiled;
// it is named for the bundle's hash, so a new build never meets an old cache.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('./berth.cjs', import.meta.url));
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
  if (cached === undefined || script.cachedDataRejected) {
    setTimeout(() => {
      const data = script.createCachedData();
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
    }, 2000).unref();
  }
  return script;
}

const module = { exports: {} };
compile().runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
