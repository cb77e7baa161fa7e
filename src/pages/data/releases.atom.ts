// /data/releases.atom: every release of every dataset, newest first (Atom 1.0).
import type { APIRoute } from "astro";
import { feedText } from "../../lib/views/data-build.ts";

export const GET: APIRoute = () => new Response(feedText());
