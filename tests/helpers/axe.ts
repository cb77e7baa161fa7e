import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the portal's accessibility bar. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] as const;

type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];

export async function axeViolations(page: Page): Promise<Violations> {
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  return results.violations;
}

/** One block per rule: what is wrong, where (CSS targets), and axe's fix summary. */
export function formatViolations(violations: Violations, nodesPerRule = 5): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, nodesPerRule).map((n) => {
        const fix = (n.failureSummary ?? "").split("\n").map((l) => `        ${l}`).join("\n");
        return `    at ${n.target.join(" ")}\n      ${n.html.slice(0, 160)}\n${fix}`;
      });
      if (v.nodes.length > nodesPerRule) nodes.push(`    … and ${v.nodes.length - nodesPerRule} more`);
      return `[${v.impact ?? "?"}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes.join("\n")}`;
    })
    .join("\n\n");
}
