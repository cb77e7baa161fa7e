/** The site's public address (astro.config.mjs `site`): citations, feeds and catalogues are absolute. */
export const SITE_URL = "https://minhbach.example";
