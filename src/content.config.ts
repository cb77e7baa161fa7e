// Wiring only: the loader in src/lib/load validates data/ and throws on any error.
import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { dataLoader } from "./lib/load/content-loader.ts";

export const collections = {
  datasets: defineCollection({ loader: dataLoader("data"), schema: z.record(z.string(), z.unknown()) }),
};
