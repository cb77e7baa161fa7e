// Printed periods of the procedure figures → period_type and ISO start/end, only where the text
// makes them certain. A "năm YYYY" figure dated inside the year is year_to_date; a dated figure
// whose window is not printed is a snapshot at that date; anything vaguer is unknown.
export interface Period {
  period_type: "week" | "month" | "quarter" | "year" | "year_to_date" | "snapshot" | "unknown";
  period_start: string;
  period_end: string;
}

const pad = (n: number | string) => String(n).padStart(2, "0");
const iso = (d: number | string, m: number | string, y: number | string) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (m: number, y: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** Periods whose text names no certain window (said in the printed text itself). */
const UNCERTAIN: Record<string, Period["period_type"]> = {
  "2023 (ambiguous)": "unknown",
  "2023 (kỳ báo cáo không ghi rõ; so với cùng kỳ 2022)": "unknown",
  "năm 2025 (cuối tháng 7 – đầu tháng 8/2025)": "unknown",
  "năm 2025 (họp ngày 15/12/2025)": "unknown",
  "2023 (thời điểm họp Tổ công tác CCTTHC phiên thứ 2)": "snapshot",
  "2024 (thời điểm không ghi rõ)": "snapshot",
  "năm 2024 (đến thời điểm bài viết)": "snapshot",
  "đầu tháng 6/2024": "snapshot",
  "đầu năm 2025 (bài ngày 02/02/2025)": "snapshot",
  "ngày chụp không rõ": "snapshot",
  // Weeks whose dates (or year) are not printed.
  "năm 2024 (tuần 3/2024)": "week",
  "năm 2024 (tuần 3/2024; họp 22/01/2024)": "week",
  "năm 2025 (tuần; 4th consecutive week at top)": "week",
  "năm 2025 (tuần; Bắc Ninh leading - 4/6 indices excellent)": "week",
  "tuần 41 (số liệu 13 giờ ngày 13/10; năm không in trong đoạn trích)": "week",
  "tuần 41 (số liệu 13/10; năm không in)": "week",
};

/**
 * `frame34` leaves the start of a year-to-date empty: a 34-frame unit exists only from
 * 2025-07-01, and the pages do not say from when its cumulative score runs.
 */
export function parsePeriod(text: string, frame34 = false): Period {
  const t = text.trim();
  const p = (period_type: Period["period_type"], period_start = "", period_end = ""): Period => ({ period_type, period_start, period_end });
  const uncertain = UNCERTAIN[t];
  if (uncertain) return p(uncertain);
  let m: RegExpExecArray | null;
  if ((m = /^(?:năm )?(\d{4})$/.exec(t))) return p("year", `${m[1]}-01-01`, `${m[1]}-12-31`);
  if ((m = /^tháng (\d{1,2})\/(\d{4})(?: \(đến thời điểm trích xuất\))?$/.exec(t))) {
    const [mo, y] = [Number(m[1]), Number(m[2])];
    // A month read before it ended: its start is certain, its end is not.
    return p("month", iso(1, mo, y), t.includes("trích xuất") ? "" : iso(lastDay(mo, y), mo, y));
  }
  if ((m = /^quý (I|II|III|IV)\/(\d{4})(?: \((\d{1,2})\/(\d{1,2})\/(\d{4})–(\d{1,2})\/(\d{1,2})\/(\d{4})\))?$/.exec(t))) {
    // A printed reporting window (15/3–14/6) wins over the calendar quarter.
    if (m[3]) return p("quarter", iso(m[3], m[4]!, m[5]!), iso(m[6]!, m[7]!, m[8]!));
    const [q, y] = [QUARTER[m[1]!]!, Number(m[2])];
    return p("quarter", iso(1, q * 3 - 2, y), iso(lastDay(q * 3, y), q * 3, y));
  }
  if ((m = /^(\d+) tháng đầu năm (\d{4})\b/.exec(t))) {
    const [n, y] = [Number(m[1]), Number(m[2])];
    return p("year_to_date", `${y}-01-01`, iso(lastDay(n, y), n, y));
  }
  if ((m = /^năm (\d{4}) \((?:tính )?đến (\d{1,2})\/(\d{1,2})\/(\d{4})\)$/.exec(t)) || (m = /^năm (\d{4}) \(số liệu tại (\d{1,2})\/(\d{1,2})\/(\d{4})\)$/.exec(t))) {
    if (m[1] !== m[4]) throw new Error(`period "${t}": the date is not in the year`);
    const end = iso(m[2]!, m[3]!, m[4]!);
    if (end.endsWith("-12-31")) return p("year", `${m[1]}-01-01`, end);
    return p("year_to_date", frame34 ? "" : `${m[1]}-01-01`, end);
  }
  if ((m = /^năm (\d{4}) \(đến cuối tháng (\d{1,2})\/(\d{4})\)$/.exec(t))) {
    const [mo, y] = [Number(m[2]), Number(m[3])];
    return p("year_to_date", `${m[1]}-01-01`, iso(lastDay(mo, y), mo, y));
  }
  if ((m = /^năm (\d{4}) \(công bố ngày \d{1,2}\/\d{1,2}\/\d{4}\)$/.exec(t))) return p("year_to_date", `${m[1]}-01-01`);
  if ((m = /^(\d{4}) \(tính đến (\d{1,2})\/(\d{1,2})\/(\d{4})\)$/.exec(t))) return p("snapshot", "", iso(m[2]!, m[3]!, m[4]!));
  if ((m = /^năm (\d{4}) \(tổng kết .*\)$/.exec(t))) return p("year", `${m[1]}-01-01`, `${m[1]}-12-31`);
  if ((m = /^tuần \d+\/(\d{4}) \((\d{1,2})–(\d{1,2})\/(\d{1,2})\/(\d{4});/.exec(t))) return p("week", iso(m[2]!, m[4]!, m[5]!), iso(m[3]!, m[4]!, m[5]!));
  if ((m = /^tuần (\d{1,2})–(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(t))) return p("week", iso(m[1]!, m[3]!, m[4]!), iso(m[2]!, m[3]!, m[4]!));
  if ((m = /^năm (\d{4}) \(tuần \d+; đến (\d{1,2})\/(\d{1,2})\/(\d{4})\)$/.exec(t))) return p("week", "", iso(m[2]!, m[3]!, m[4]!));
  if ((m = /^năm (\d{4}) \(tuần kết thúc (\d{1,2})\/(\d{1,2})\/(\d{4})\)$/.exec(t))) return p("week", "", iso(m[2]!, m[3]!, m[4]!));
  if ((m = /^ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(t))) return p("snapshot", "", iso(m[1]!, m[2]!, m[3]!));
  throw new Error(`no rule for period "${t}"`);
}

/** The year a period falls in, for codebook spans: from its dates, else from the printed text. */
export function periodYear(text: string, per: Pick<Period, "period_start" | "period_end">): string {
  return (per.period_end || per.period_start).slice(0, 4) || /\b(20\d\d)\b/.exec(text)?.[1] || "";
}
