import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");

/** The layers below may not reach up: server code knows no pages or components, components no pages. */
const FORBIDDEN: Record<string, string[]> = {
  server: ["ui", "app"],
  ui: ["app"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every module a file names: static imports, re-exports, import() and side-effect imports. */
function importedSpecifiers(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
  return Array.from(source.matchAll(pattern), (match) => match[1] ?? "");
}

/** The top folder under src a specifier lands in ("server", "ui", "app"), or null outside src. */
function layerOf(specifier: string, file: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = path.join(SRC, specifier.slice(2));
  else if (specifier.startsWith(".")) target = path.resolve(path.dirname(file), specifier);
  else return null;
  const relative = path.relative(SRC, target);
  if (relative.startsWith("..")) return null;
  return relative.split(path.sep)[0] ?? null;
}

function violations(layer: string): string[] {
  const forbidden = FORBIDDEN[layer] ?? [];
  const found: string[] = [];
  for (const file of sourceFiles(path.join(SRC, layer))) {
    for (const specifier of importedSpecifiers(readFileSync(file, "utf8"))) {
      const target = layerOf(specifier, file);
      if (target && forbidden.includes(target)) {
        found.push(`${path.relative(SRC, file)} imports ${specifier}`);
      }
    }
  }
  return found;
}

describe("import boundaries", () => {
  test.each(Object.keys(FORBIDDEN))("nothing in src/%s imports from a layer above it", (layer) => {
    expect(violations(layer)).toEqual([]);
  });

  test("the check sees aliased, relative and dynamic imports", () => {
    const file = path.join(SRC, "server/users/example.ts");
    const specifiers = importedSpecifiers(
      [
        'import { a } from "@/ui/forms/a";',
        'import type { B } from "../../app/b";',
        'export { c } from "@/app/c";',
        'const d = await import("../../ui/d");',
        'import "../db/schema";',
      ].join("\n"),
    );
    expect(specifiers.map((specifier) => layerOf(specifier, file))).toEqual([
      "ui",
      "app",
      "app",
      "ui",
      "server",
    ]);
  });
});
