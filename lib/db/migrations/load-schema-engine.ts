import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

let loading: Promise<typeof bindings.SchemaEngine> | undefined;

/**
 * Node 20 cannot `import` a .wasm file, which is what the package's entry point does; instantiate the
 * module by hand against its JS glue instead. Done once per process: the glue holds a single instance.
 */
export function loadSchemaEngine(): Promise<typeof bindings.SchemaEngine> {
  loading ??= (async () => {
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const wasmPath = entry.replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings.SchemaEngine;
  })();
  return loading;
}
