// The search index of a language, in pieces (src/lib/search/pack.ts), built at build time and
// served as static files: the search box fetches meta on first use, the rest as queries need it.
import type { APIRoute, GetStaticPaths } from "astro";
import { searchFiles } from "../../../lib/search/build.ts";
import { LANGS } from "../../../lib/views/types.ts";

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    for (const [file, body] of await searchFiles(lang)) paths.push({ params: { lang, file }, props: { body } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props["body"]), { headers: { "Content-Type": "application/json; charset=utf-8" } });
