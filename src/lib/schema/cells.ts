// Cell converters: every cell arrives as a string (see src/lib/csv) and is converted here, with
// a message a data editor can act on. The error code travels in the issue's params.
import { z } from "astro/zod";
import type { ErrorCode } from "../csv/errors.ts";

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, code: ErrorCode, message: string): never {
  ctx.addIssue({ code: "custom", message, params: { code } });
  return z.NEVER;
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const INTEGER = /^-?(0|[1-9]\d*)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID = /^[a-z0-9][a-z0-9._-]*$/;

function describeNumberProblem(s: string): string {
  if (/^-?\d+,\d+$/.test(s)) return `"${s}" is not a number: use a dot as the decimal mark ("${s.replace(",", ".")}")`;
  if (/^-?\d{1,3}([.,]\d{3})+$/.test(s)) return `"${s}" looks like a number with thousands separators; write digits only`;
  return `"${s}" is not a number`;
}

/** Free text; may be empty. */
export const text = () => z.string();

/** Text that must not be empty. */
export const requiredText = () =>
  z.string().transform((s, ctx) => (s.trim() === "" ? fail(ctx, "required", "required value is empty") : s));

/** A lowercase ASCII identifier. */
export const id = () =>
  z.string().transform((s, ctx) => {
    if (s === "") return fail(ctx, "required", "required id is empty");
    if (!ID.test(s)) return fail(ctx, "type", `"${s}" is not an id (lowercase a-z, 0-9, ".", "_" and "-")`);
    return s;
  });

/** An id or empty. */
export const optionalId = () =>
  z.string().transform((s, ctx): string | null => {
    if (s === "") return null;
    if (!ID.test(s)) return fail(ctx, "type", `"${s}" is not an id (lowercase a-z, 0-9, ".", "_" and "-")`);
    return s;
  });

export const number = () =>
  z.string().transform((s, ctx): number => {
    if (s === "") return fail(ctx, "required", "required number is empty");
    if (!NUMBER.test(s)) return fail(ctx, "type", describeNumberProblem(s));
    return Number(s);
  });

/** A number or empty (empty = missing; the row's status says why). */
export const optionalNumber = () =>
  z.string().transform((s, ctx): number | null => {
    if (s === "") return null;
    if (!NUMBER.test(s)) return fail(ctx, "type", describeNumberProblem(s));
    return Number(s);
  });

export const integer = () =>
  z.string().transform((s, ctx): number => {
    if (s === "") return fail(ctx, "required", "required integer is empty");
    if (!INTEGER.test(s)) return fail(ctx, "type", `"${s}" is not a whole number`);
    return Number(s);
  });

export const optionalInteger = () =>
  z.string().transform((s, ctx): number | null => {
    if (s === "") return null;
    if (!INTEGER.test(s)) return fail(ctx, "type", `"${s}" is not a whole number`);
    return Number(s);
  });

function parseDate(s: string, ctx: Ctx): string {
  const m = DATE.exec(s);
  if (!m) return fail(ctx, "type", `"${s}" is not a date (YYYY-MM-DD)`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
    return fail(ctx, "type", `"${s}" is not a calendar date`);
  }
  return s;
}

/** ISO date string (kept as text: comparisons of YYYY-MM-DD strings are date comparisons). */
export const date = () =>
  z.string().transform((s, ctx) => (s === "" ? fail(ctx, "required", "required date is empty") : parseDate(s, ctx)));

export const optionalDate = () =>
  z.string().transform((s, ctx): string | null => (s === "" ? null : parseDate(s, ctx)));

/** One of a fixed list. */
export const oneOf = <const T extends readonly string[]>(values: T) =>
  z.string().transform((s, ctx): T[number] => {
    if (s === "") return fail(ctx, "required", `required; one of: ${values.join(", ")}`);
    if (!values.includes(s)) return fail(ctx, "enum", `"${s}" is not one of: ${values.join(", ")}`);
    return s as T[number];
  });

export const optionalOneOf = <const T extends readonly string[]>(values: T) =>
  z.string().transform((s, ctx): T[number] | null => {
    if (s === "") return null;
    if (!values.includes(s)) return fail(ctx, "enum", `"${s}" is not one of: ${values.join(", ")}`);
    return s as T[number];
  });
