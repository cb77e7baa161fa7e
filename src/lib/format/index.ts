export { formatNumber, formatPercent, decimalsOf, type NumberOptions } from "./number.ts";
export { formatDate } from "./date.ts";
export { formatValue } from "./value.ts";
