// /data/catalog.json: every dataset, version and distribution (DCAT 3, JSON-LD).
import type { APIRoute } from "astro";
import { catalogText } from "../../lib/views/data-build.ts";

export const GET: APIRoute = () => new Response(catalogText());
