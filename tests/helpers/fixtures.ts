import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { directoryReader } from "../../src/lib/load/fs.ts";
import type { DataReader } from "../../src/lib/load/index.ts";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const VALID_DATA = `${FIXTURES}data`;

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${FIXTURES}${name}`));
}

/** The valid fixture directory with some files replaced. */
export function overlayReader(replacements: Record<string, Uint8Array>, base: DataReader = directoryReader(VALID_DATA)): DataReader {
  const added = (dir: string) => Object.keys(replacements).filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes("/")).map((p) => p.slice(dir.length + 1));
  return {
    read: (p) => replacements[p] ?? base.read(p),
    list: (dir) => [...new Set([...base.list(dir), ...added(dir)])],
  };
}

export const utf8 = (s: string) => new TextEncoder().encode(s);
