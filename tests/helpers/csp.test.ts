// The CSP check, broken on purpose: a page whose inline code the policy does not cover fails.
import { describe, expect, it } from "vitest";
import { cspProblems, headersForAll, metaPolicy, sha256Source } from "./csp.ts";

const SCRIPT = "(()=>{self.Astro=1})()";
const STYLE = "astro-island{display:contents}";
const page = (policy: string, body = `<script>${SCRIPT}</script>`) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style></head><body>${body}<script type="application/ld+json">{"a":1}</script></body></html>`;
const good = `default-src 'self'; script-src 'self' ${sha256Source(SCRIPT)}; style-src 'self' ${sha256Source(STYLE)}`;

describe("cspProblems()", () => {
  it("passes a page whose inline script and style are hashed in its policy (JSON-LD needs no hash)", () => {
    expect(sha256Source("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(cspProblems("/en/", page(good))).toEqual([]);
  });

  it("fails an inline script without a matching hash, and one edited after hashing", () => {
    expect(cspProblems("/en/", page(good, "<script>alert(1)</script>"))).toEqual([expect.stringMatching(/^\/en\/: inline script 'sha256-bhHH.* is not in script-src$/)]);
    expect(cspProblems("/en/", page(good, `<script>${SCRIPT} </script>`))).toHaveLength(1);
  });

  it("fails an unhashed inline style, a style attribute and an event handler", () => {
    const noStyleHash = `default-src 'self'; script-src 'self' ${sha256Source(SCRIPT)}`;
    expect(cspProblems("/en/", page(noStyleHash))).toEqual([expect.stringContaining("inline style")]);
    expect(cspProblems("/en/", page(good, `<script>${SCRIPT}</script><p style="color:red" onclick="x()">a</p>`))).toEqual([
      '/en/: <p style="…"> needs \'unsafe-inline\'',
      '/en/: <p onclick="…"> needs \'unsafe-inline\'',
    ]);
  });

  it("fails a policy with 'unsafe-inline' or 'unsafe-eval', and a page with no policy", () => {
    expect(cspProblems("/en/", page(`${good}; object-src 'none' 'unsafe-eval'`))).toEqual(["/en/: object-src allows 'unsafe-eval'"]);
    expect(cspProblems("/en/", page(good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")))).toEqual(["/en/: script-src allows 'unsafe-inline'"]);
    expect(cspProblems("/", "<html><head></head><body></body></html>")).toEqual(['/: no <meta http-equiv="content-security-policy">']);
  });

  it("reads the policy from the <meta> and the headers of a _headers rule for every path", () => {
    expect(metaPolicy(page(good))?.get("default-src")).toEqual(["'self'"]);
    expect(headersForAll("/*\n  X-Content-Type-Options: nosniff\n/api/*\n  X-Other: 1\n")).toEqual(new Map([["x-content-type-options", "nosniff"]]));
  });
});
