// A static server for the benchmark's Lighthouse runs that behaves like a production host:
// gzip for text, the response headers of dist/_headers, 404.html for a missing path. `astro
// preview` sends neither compression nor those headers, which Lighthouse would score.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { headersForAll } from "../../tests/helpers/csp.ts";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml", ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".png": "image/png", ".woff2": "font/woff2",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export function serveDist(distDir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const root = normalize(distDir.endsWith(sep) ? distDir : distDir + sep);
  const headersFile = join(root, "_headers");
  const extra = existsSync(headersFile) ? [...headersForAll(readFileSync(headersFile, "utf8"))] : [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    let status = 200;
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      file = join(root, "404.html");
      status = 404;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = Object.fromEntries(extra);
    headers["content-type"] = type;
    headers["cache-control"] = file.includes(`${sep}_astro${sep}`) ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
      headers["vary"] = "Accept-Encoding";
    }
    headers["content-length"] = String(body.byteLength);
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) }),
    );
  });
}
