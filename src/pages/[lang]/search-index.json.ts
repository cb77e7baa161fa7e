// The search index of a language, built at build time and served as a static file: the search
// box fetches it the first time it is used.
import type { APIRoute } from "astro";
import { searchIndexData } from "../../lib/search/build.ts";
import { LANGS, type Lang } from "../../lib/views/types.ts";

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const data = await searchIndexData(params["lang"] as Lang);
  return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
