import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { buildOpenApiDocument } from "../../src/server/openapi/build-openapi-document";

const API_DIRECTORY = path.resolve(import.meta.dirname, "../../src/app/api");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** `admin/users/[id]` → `/api/admin/users/{id}`; a catch-all `[...key]` is `{key}` too. */
function toOpenApiPath(routeDirectory: string): string {
  const segments = routeDirectory
    .split(path.sep)
    .filter((segment) => segment !== "")
    .map((segment) => segment.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}"));
  return ["/api", ...segments].join("/");
}

/** The HTTP methods a route module exports, read from its syntax (importing it would open a database). */
function exportedMethods(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const names: string[] = [];
  const isExported = (node: ts.Node) =>
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && isExported(statement)) {
      names.push(statement.name.text);
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names.filter((name) => HTTP_METHODS.has(name));
}

function routeFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const implemented = routeFiles(API_DIRECTORY).flatMap((file) => {
  const routePath = toOpenApiPath(path.relative(API_DIRECTORY, path.dirname(file)));
  return exportedMethods(file).map((method) => `${method} ${routePath}`);
});

const documented = Object.entries(buildOpenApiDocument("http://localhost:3000").paths).flatMap(
  ([documentedPath, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${documentedPath}`),
);

describe("the OpenAPI document and the route handlers", () => {
  test("maps Next.js dynamic segments to OpenAPI path parameters", () => {
    expect(toOpenApiPath(path.join("files", "[...key]"))).toBe("/api/files/{key}");
    expect(toOpenApiPath(path.join("admin", "users", "[id]"))).toBe("/api/admin/users/{id}");
    expect(toOpenApiPath("health")).toBe("/api/health");
  });

  test("finds the route handlers and their exported methods", () => {
    expect(implemented).toContain("GET /api/health");
    expect(implemented).toContain("DELETE /api/submissions/{id}");
    expect(implemented).toContain("GET /api/files/{key}");
  });

  test("documents every method every route.ts exports", () => {
    expect(implemented.filter((operation) => !documented.includes(operation))).toEqual([]);
  });

  test("documents no operation that no route.ts implements", () => {
    expect(documented.filter((operation) => !implemented.includes(operation))).toEqual([]);
  });
});
