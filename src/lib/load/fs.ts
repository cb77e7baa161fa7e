import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DataReader } from "./index.ts";

/** A DataReader over a directory on disk. */
export function directoryReader(dir: string): DataReader {
  return {
    read(relativePath) {
      const p = join(dir, relativePath);
      return existsSync(p) ? new Uint8Array(readFileSync(p)) : null;
    },
    list(relativeDir) {
      const p = join(dir, relativeDir);
      return existsSync(p) && statSync(p).isDirectory() ? readdirSync(p) : [];
    },
  };
}

/**
 * A reader that appends the path of every file it reads to `logFile`, one per line: the build
 * benchmark counts how often each CSV is read (and so parsed) in one build.
 */
export function loggingReader(reader: DataReader, logFile: string): DataReader {
  return {
    read(relativePath) {
      appendFileSync(logFile, `${relativePath}\n`);
      return reader.read(relativePath);
    },
    list: (relativeDir) => reader.list(relativeDir),
  };
}
