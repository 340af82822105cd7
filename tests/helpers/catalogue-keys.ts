import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

type Catalogue = { [key: string]: string | Catalogue };

/** Every message's dotted key ("layout.nav.home") with its text. */
export function flattenCatalogue(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, value] of Object.entries(catalogue)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === "string") keys.set(key, value);
    else for (const [inner, text] of flattenCatalogue(value, key)) keys.set(inner, text);
  }
  return keys;
}

export function readCatalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(path.join("messages", `${locale}.json`), "utf8")) as Catalogue;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const NAMESPACE =
  /(?:useTranslations|getTranslations)\(\s*["'`]([\w.]+)["'`]|namespace:\s*["'`]([\w.]+)["'`]/g;
const STRING = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;

/**
 * Which keys the source code uses. Keys are written as literals (`t("title")`) or as a
 * template with a literal start (`t(\`roles.${role}\`)`, which uses every key under
 * "roles."), and namespaces as literals in useTranslations, getTranslations or
 * `namespace:`. A key counts as used when a file names one of its namespaces (or none)
 * and holds the rest of the key as a string: deliberately simple, and strict enough to
 * catch a message nobody shows any more.
 */
export function usedKeys(keys: Iterable<string>, root = "src"): Set<string> {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, "utf8");
    const namespaces = [""];
    for (const match of text.matchAll(NAMESPACE)) namespaces.push(`${match[1] ?? match[2]}.`);
    for (const match of text.matchAll(STRING)) {
      const template = match[3]?.split("${");
      const literal = match[1] ?? match[2] ?? template?.[0] ?? "";
      if (!/^[\w.]+$/.test(literal)) continue;
      const templateStart = template !== undefined && template.length > 1;
      for (const namespace of namespaces) {
        if (templateStart) prefixes.push(namespace + literal);
        else exact.add(namespace + literal);
      }
    }
  }
  const used = new Set<string>();
  for (const key of keys) {
    if (exact.has(key) || prefixes.some((prefix) => prefix && key.startsWith(prefix))) {
      used.add(key);
    }
  }
  return used;
}
