/// <reference types="vitest/config" />
// One Vitest config, two projects: `unit` (fast, no build needed) and `dist` (reads the built
// site in dist/, so it runs after `astro build`). getViteConfig gives tests the site's own Vite
// setup: astro/zod, aliases and plugins resolve exactly as in the build.
import { fileURLToPath } from "node:url";
import { getViteConfig } from "astro/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default getViteConfig(
  {
    root,
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            include: ["tests/**/*.test.ts"],
            exclude: ["tests/e2e/**", "tests/dist/**", "**/node_modules/**"],
          },
        },
        {
          extends: true,
          test: {
            name: "dist",
            include: ["tests/dist/**/*.test.ts"],
          },
        },
      ],
    },
  },
  { root },
);
