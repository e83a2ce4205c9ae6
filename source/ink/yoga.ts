// yoga-layout (ink's layout engine) loads its WebAssembly asynchronously, through a top-level await, and a
// bundle with a top-level await cannot be a script, which V8's code cache needs (scripts/launcher.cjs).
// Emscripten lets the caller instantiate the module itself; this does it synchronously from the bytes
// scripts/build.mjs takes out of yoga's loader.

type EmscriptenModule = Record<string, unknown>;

export function loadYogaSync(
  factory: (module: EmscriptenModule) => unknown,
  base64: string,
): EmscriptenModule {
  const module: EmscriptenModule = {
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) {
      const instance = new WebAssembly.Instance(
        new WebAssembly.Module(Buffer.from(base64, 'base64')),
        imports,
      );
      receive(instance);
      return instance.exports;
    },
  };
  // with the instance given at once, the runtime starts before the factory returns: the module is ready
  factory(module);
  return module;
}
