// The text of a chart key item (lib/charts/key-flow.ts), one <text> per wrapped line, and the
// per-line text of any wrapped label. Shared by the profile, agency and procedure charts.
import { LINE } from "../../lib/charts/chart-sizes.ts";
import { r1 } from "./chart-svg.tsx";

export function Lines({ lines, x, y, fill, fontWeight, anchor }: {
  lines: readonly string[];
  x: number;
  y: number;
  fill?: string | undefined;
  fontWeight?: number | undefined;
  anchor?: "start" | "middle" | "end" | undefined;
}) {
  return (
    <>
      {lines.map((line, i) => (
        <text key={i} x={r1(x)} y={r1(y + i * LINE)} fill={fill} fontWeight={fontWeight} textAnchor={anchor}>{line}</text>
      ))}
    </>
  );
}
