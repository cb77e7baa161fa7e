/**
 * Fails when an audit found anything, listing every problem (up to `limit`) in one message,
 * so one run shows all broken pages instead of the first.
 */
export function expectNoProblems(problems: readonly string[], limit = 60): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, limit).map((p) => `  - ${p}`);
  if (problems.length > limit) shown.push(`  … and ${problems.length - limit} more`);
  throw new Error(`${problems.length} problem(s):\n${shown.join("\n")}`);
}
