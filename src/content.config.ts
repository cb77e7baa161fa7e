// Wiring only: the loader in src/lib/load validates data/ and throws on any error.
// MINH_BACH_DATA names another directory of the same layout: the tests' fixtures and the
// benchmark's synthetic data are built that way, never copied into data/. MINH_BACH_READ_LOG
// names a file that lists every data file read (the benchmark checks each CSV is parsed once).
import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { dataLoader } from "./lib/load/content-loader.ts";

export const collections = {
  datasets: defineCollection({ loader: dataLoader(process.env["MINH_BACH_DATA"] || "data", { readLog: process.env["MINH_BACH_READ_LOG"] }), schema: z.record(z.string(), z.unknown()) }),
};
