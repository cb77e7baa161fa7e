// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";
import { SITE_URL } from "./src/lib/site.ts";
import { sitemapIntegration } from "./src/lib/sitemap.ts";

export default defineConfig({
  site: SITE_URL,
  output: "static",
  trailingSlash: "always",
  integrations: [react(), sitemapIntegration()],
  i18n: {
    locales: ["vi", "en"],
    defaultLocale: "vi",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: { format: "directory" },
  server: { host: "127.0.0.1", port: 4321 },
});
