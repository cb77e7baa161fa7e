import { describe, expect, it } from "vitest";
import { apa, apaView, bibtex, ris, type CitedDataset } from "../../../src/lib/releases/citation.ts";

const d: CitedDataset = {
  dataset: "papi", version: "1.0.1", date: "2026-11-22", title: "PAPI 2011–2024 & more_", titleVi: "Chỉ số PAPI",
  url: "https://minhbach.example/data/papi/1.0.1/datapackage.json",
};

describe("citations", () => {
  it("apa() names the publisher, year, title, version, kind and address", () => {
    expect(apa(d, d.titleVi, { version: "Phiên bản 1.0.1", kind: "Bộ dữ liệu" }))
      .toBe("Minh Bạch. (2026). Chỉ số PAPI (Phiên bản 1.0.1) [Bộ dữ liệu]. https://minhbach.example/data/papi/1.0.1/datapackage.json");
  });

  it("bibtex() escapes TeX specials and keys the entry by dataset and version", () => {
    const b = bibtex(d);
    expect(b).toMatch(/^@misc\{minhbach-papi-1\.0\.1,\n/);
    expect(b).toContain("title = {{PAPI 2011–2024 \\& more\\_}},");
    expect(b).toContain("version = {1.0.1},");
    expect(b).toContain(`url = {${d.url}},`);
  });

  it("ris() is a DATA record with CRLF lines, the version as edition and the Vietnamese title", () => {
    const lines = ris(d).split("\r\n");
    expect(lines[0]).toBe("TY  - DATA");
    expect(lines).toContain("ET  - 1.0.1");
    expect(lines).toContain("TT  - Chỉ số PAPI");
    expect(lines).toContain("DA  - 2026/11/22");
    expect(lines.at(-2)).toBe("ER  - ");
  });

  it("apaView() cites a chart by its address and the dataset version it draws", () => {
    expect(apaView({ title: "PAPI 2024: ranking", url: "https://minhbach.example/en/papi/2024/#ranking" }, d, "PAPI", { version: "Version 1.0.1", kind: "Data set", chart: "Chart", data: "data" }))
      .toBe("Minh Bạch. (2026). PAPI 2024: ranking [Chart; data: PAPI, Version 1.0.1]. https://minhbach.example/en/papi/2024/#ranking");
  });
});
