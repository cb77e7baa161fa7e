// How heavy each chart is for the browser to lay out: the number of elements in every <svg> that
// sits in a <figure> (the site's chart frames), the <svg> itself included. Icons outside figures
// are not charts.
import { stripNonMarkup } from "./dist.ts";

export interface ChartCount {
  /** The <figure>'s id, or its position on the page when it has none. */
  figure: string;
  elements: number;
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

export function chartElementCounts(html: string): ChartCount[] {
  const markup = stripNonMarkup(html);
  const out: ChartCount[] = [];
  const figures: string[] = [];
  let figureIndex = 0;
  let svgDepth = 0;
  let count = 0;
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g)) {
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    const selfClosing = m[4] === "/" || VOID.has(name);
    if (name === "figure" && !closing) {
      figureIndex += 1;
      figures.push(/\sid="([^"]*)"/.exec(m[3] ?? "")?.[1] ?? `figure ${figureIndex}`);
      continue;
    }
    if (name === "figure" && closing) {
      figures.pop();
      continue;
    }
    if (svgDepth > 0) {
      if (!closing) count += 1;
      if (name === "svg" && closing) {
        svgDepth -= 1;
        if (svgDepth === 0) out.push({ figure: figures.at(-1) ?? "?", elements: count });
      } else if (name === "svg" && !selfClosing) svgDepth += 1;
      continue;
    }
    if (name === "svg" && !closing && figures.length > 0) {
      if (selfClosing) {
        out.push({ figure: figures.at(-1)!, elements: 1 });
        continue;
      }
      svgDepth = 1;
      count = 1;
    }
  }
  return out;
}

export function chartProblems(path: string, counts: readonly ChartCount[], max: number): string[] {
  return counts.filter((c) => c.elements > max).map((c) => `${path}: chart in ${c.figure} has ${c.elements} SVG elements, budget ${max}`);
}
