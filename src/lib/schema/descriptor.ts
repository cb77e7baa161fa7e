// Checks each datapackage.json against the schemas in ./tables.ts, so the descriptor a
// researcher downloads describes exactly the files we publish.
import type { DataError } from "../csv/errors.ts";

export interface DataPackage {
  name: string;
  title: string;
  version: string;
  description: string;
  resources: { name: string; path: string; schema?: { fields?: { name: string; type?: string }[] } }[];
  [key: string]: unknown;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

/**
 * `expected` maps each resource path (relative to the package folder) to its column list.
 * Returns the parsed package (or null) and every problem found.
 */
export function checkDescriptor(text: string, file: string, expected: Record<string, string[]>): { pkg: DataPackage | null; errors: DataError[] } {
  const errors: DataError[] = [];
  const err = (column: string, message: string) => errors.push({ file, row: 1, column, code: "descriptor", message });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    err("", `not valid JSON: ${(e as Error).message}`);
    return { pkg: null, errors };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    err("", "a data package descriptor must be a JSON object");
    return { pkg: null, errors };
  }
  const pkg = json as Partial<DataPackage>;
  for (const k of ["name", "title", "version", "description"] as const) {
    if (typeof pkg[k] !== "string" || pkg[k] === "") err(k, `"${k}" is required`);
  }
  if (typeof pkg.version === "string" && !SEMVER.test(pkg.version)) err("version", `"${pkg.version}" is not a semantic version (MAJOR.MINOR.PATCH)`);
  const resources = Array.isArray(pkg.resources) ? pkg.resources : [];
  if (!Array.isArray(pkg.resources)) err("resources", `"resources" must be a list`);
  const byPath = new Map(resources.map((r) => [r.path, r] as const));
  for (const [path, columns] of Object.entries(expected)) {
    const r = byPath.get(path);
    if (!r) {
      err("resources", `no resource for ${path}`);
      continue;
    }
    const names = r.schema?.fields?.map((f) => f.name) ?? [];
    if (names.join(",") !== columns.join(",")) {
      err("resources", `fields of ${path} are [${names.join(", ")}] but the file's schema is [${columns.join(", ")}]`);
    }
  }
  for (const r of resources) if (!(r.path in expected)) err("resources", `resource ${r.path} is not a file this package publishes`);
  return { pkg: errors.length ? null : (pkg as DataPackage), errors };
}
