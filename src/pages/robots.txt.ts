// /robots.txt: everything may be read; the sitemap lists every page.
import type { APIRoute } from "astro";
import { SITE_URL } from "../lib/site.ts";

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\nSitemap: ${SITE_URL}/sitemap.xml\n`);
