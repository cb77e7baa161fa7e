import type { Lang } from "../types.ts";
import { en } from "./en.ts";
import { vi } from "./vi.ts";

export const viewStrings = (lang: Lang) => (lang === "vi" ? vi : en);
