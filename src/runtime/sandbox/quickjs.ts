import { getQuickJS, type QuickJSWASMModule } from 'quickjs-emscripten';

let modulePromise: Promise<QuickJSWASMModule> | undefined;

/** The QuickJS WASM module, loaded once per process; every realm gets its own runtime in it. */
export function quickJs(): Promise<QuickJSWASMModule> {
  modulePromise ??= getQuickJS();
  return modulePromise;
}
