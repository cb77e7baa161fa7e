// Every download of every release, and of `latest`: /data/<dataset>/<version>/<file>.
import type { APIRoute } from "astro";
import { downloadRoutes } from "../../../../lib/views/data-build.ts";

export function getStaticPaths() {
  return downloadRoutes();
}

export const GET: APIRoute = ({ props }) => new Response((props as { body: () => Uint8Array | string }).body() as BodyInit);
