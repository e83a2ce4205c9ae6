// docker-modem loads ssh2 (and its crypto) at startup for the sake of ssh:// engines, which costs about
// 12 MB and startup time for everyone. This stand-in loads the real ssh2 from node_modules on first use.
const { createRequire } = require('node:module');

let real;
function load() {
  if (!real) real = createRequire(__filename)('ssh2');
  return real;
}

class Client {
  constructor(...args) {
    const Real = load().Client;
    // biome-ignore lint/correctness/noConstructorReturn: the stand-in becomes the real client
    return new Real(...args);
  }
}

module.exports = { Client };
