// dist/_headers: the response headers (CSP frame-ancestors, HSTS, nosniff, referrer policy) for
// static hosts that read this file. A file name starting with "_" is not a route, hence the param.
import type { APIRoute } from "astro";
import { headersFile } from "../lib/security/policy.ts";

export const getStaticPaths = () => [{ params: { headers: "_headers" } }];

export const GET: APIRoute = () => new Response(headersFile(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
