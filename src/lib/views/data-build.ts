// Fetches the validated datasets and the checked releases once per build, for the data pages,
// the downloads and the machine-readable catalogue and feed.
import { allReleases } from "../data/releases.ts";
import { servedFiles } from "./release-files.ts";

/** getStaticPaths() of the download endpoint. */
export function downloadRoutes() {
  return servedFiles(allReleases()).map((f) => ({ params: { dataset: f.dataset, version: f.version, file: f.file }, props: { body: f.body } }));
}
