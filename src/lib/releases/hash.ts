import { createHash } from "node:crypto";

/** Lowercase hex SHA-256 of the exact bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
