// The published data directory itself: it must validate, and it must say what the official
// record says about the 2025 merger (facts from Nghị quyết 202/2025/QH15 as summarised in
// PRODUCT.md, not from our own tables).
import { describe, expect, it } from "vitest";
import { loadData, type DataBundle } from "../../../src/lib/load/index.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";

const result = loadData(directoryReader("data"));
const data = (): DataBundle => {
  if (!result.ok) throw new Error(result.errors.slice(0, 20).map((e) => `${e.file}:${e.row}:${e.column}: ${e.code}: ${e.message}`).join("\n"));
  return result.data;
};
const successorOf = (id: string) => data().lineage.rows.filter((l) => l.predecessor === id).map((l) => l.successor);
const predecessorsOf = (id: string) => data().lineage.rows.filter((l) => l.successor === id).map((l) => l.predecessor).sort();
const unitNamed = (name: string, frame: "63" | "34") => data().units.rows.find((u) => u.name_vi === name && u.frame === frame)!;

describe("data/", () => {
  it("validates with no errors", () => {
    expect(result.ok ? [] : result.errors.slice(0, 10)).toEqual([]);
  });

  it("holds the 63 former provinces and the 34 current units", () => {
    expect(data().units.rows.filter((u) => u.frame === "63")).toHaveLength(63);
    expect(data().units.rows.filter((u) => u.frame === "34")).toHaveLength(34);
  });

  it("gives every former province exactly one successor, and every current unit a predecessor", () => {
    for (const u of data().units.rows.filter((u) => u.frame === "63")) expect(successorOf(u.id), u.id).toHaveLength(1);
    for (const u of data().units.rows.filter((u) => u.frame === "34")) expect(predecessorsOf(u.id).length, u.id).toBeGreaterThan(0);
  });

  it("keeps the reused code 52 apart: the new Gia Lai is Bình Định's code but a different unit", () => {
    const newGiaLai = unitNamed("Gia Lai", "34");
    const binhDinh = unitNamed("Bình Định", "63");
    expect(newGiaLai.code).toBe(binhDinh.code);
    expect(newGiaLai.id).not.toBe(binhDinh.id);
    expect(predecessorsOf(newGiaLai.id)).toEqual([binhDinh.id, unitNamed("Gia Lai", "63").id].sort());
  });

  it("records that the new Lào Cai includes Yên Bái", () => {
    expect(successorOf(unitNamed("Yên Bái", "63").id)).toEqual([unitNamed("Lào Cai", "34").id]);
  });

  it("names the legal basis of every merger", () => {
    expect(new Set(data().lineage.rows.map((l) => l.legal_basis))).toEqual(new Set(["Nghị quyết 202/2025/QH15"]));
  });

  it("traces every value row to a source that exists", () => {
    const ids = new Set(data().sources.rows.map((s) => s.id));
    const rows = [...Object.values(data().indices).flatMap((t) => t.values.rows), ...data().procedures.values.rows];
    expect(rows.length).toBeGreaterThan(20000);
    expect(rows.filter((r) => !ids.has(r.source))).toEqual([]);
  });

  it("never stores a missing value as 0 without saying it was reported", () => {
    const rows = Object.values(data().indices).flatMap((t) => t.values.rows);
    expect(rows.filter((r) => r.value === null && (r.status === "reported" || r.status === "derived"))).toEqual([]);
  });
});
