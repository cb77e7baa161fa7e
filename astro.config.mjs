// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";

export default defineConfig({
  site: "https://minhbach.example",
  output: "static",
  trailingSlash: "always",
  integrations: [react()],
  i18n: {
    locales: ["vi", "en"],
    defaultLocale: "vi",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: { format: "directory" },
  server: { host: "127.0.0.1", port: 4321 },
});
