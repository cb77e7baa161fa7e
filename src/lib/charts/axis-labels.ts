// Tick labels of a horizontal value axis, kept inside the chart: a label that would cross an edge
// is anchored at that edge instead of centred on its tick.
import { measure } from "./text-wrap.ts";
import type { ScaleLinear } from "d3";
import { FONT } from "./chart-sizes.ts";
import type { Tick } from "./types.ts";

export interface AxisTick extends Tick {
  labelX: number;
  anchor: "start" | "middle" | "end";
  width: number;
}

export function axisTicks(x: ScaleLinear<number, number>, count: number, width: number, format: (value: number) => string): AxisTick[] {
  return x.ticks(count).map((value) => {
    const position = x(value);
    const w = measure(format(value), FONT);
    const anchor = position - w / 2 < 0 ? "start" : position + w / 2 > width ? "end" : "middle";
    return { value, position, labelX: anchor === "start" ? 0 : anchor === "end" ? width : position, anchor, width: w };
  });
}
