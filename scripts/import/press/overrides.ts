// Row-level corrections of how a rank was compiled, each justified by the row's own note: a rank
// taken from the order of a list is not a printed rank; "58 điểm" is not clearly a rank; a
// "N/63" printed in the note gives rank_of. `expect` guards against applying one to the wrong row.
import { parseRank, type Rank } from "./ranks.ts";

export interface Override {
  expect: string;
  rank?: string;
  rank_of?: string;
  rank_text?: string;
  why: string;
}

const listed = (ordinal: string, expect: string, why: string): Override => ({ expect, rank: "", rank_text: `listed ${ordinal}`, why });
const ORDER = "the note says the rank was taken from the order in which the page lists the units";
const POINTS = "printed as points ('điểm') although the values look like ranks; kept as printed";

export const OVERRIDES: Record<string, Override> = {
  "par_index_provinces_press.csv:15": listed("4th", "Quảng Ninh", ORDER),
  "par_index_provinces_press.csv:34": listed("7th", "Lào Cai", ORDER),
  "par_index_provinces_press.csv:45": listed("6th", "Thái Nguyên", ORDER),
  "par_index_provinces_press.csv:104": listed("8th", "Long An", ORDER),
  "par_index_provinces_press.csv:186": listed("2nd", "Quảng Ninh", ORDER),
  "par_index_provinces_press.csv:287": listed("3rd", "Đồng Tháp", ORDER),
  "par_index_provinces_press.csv:310": listed("2nd", "Hà Nội", ORDER),
  "par_index_provinces_press.csv:324": listed("3rd", "Đồng Nai", "the Hà Nội row of the same page says 'followed by Hanoi and Dong Nai' (order as printed)"),
  "par_index_provinces_press.csv:40": { expect: "Hòa Bình", rank: "", rank_text: "leads localities in the country", why: "the note says rank 1 was read from 'leads'" },
  "par_index_provinces_press.csv:41": { expect: "Hòa Bình", rank: "", rank_text: "leads localities in the country", why: "the note says the page wrote 'leads localities in the country'" },
  "par_index_provinces_press.csv:203": { expect: "Kiên Giang", rank_of: "63", why: "the note quotes 'hạng 63/63'" },
  "par_index_provinces_press.csv:237": { expect: "Khánh Hòa", rank_of: "63", why: "the note quotes 'đứng thứ 48/63'" },
  "par_index_provinces_press.csv:319": { expect: "Kon Tum", rank: "", rank_text: "58 điểm", why: POINTS },
  "par_index_provinces_press.csv:320": { expect: "Gia Lai", rank: "", rank_text: "50 điểm", why: POINTS },
  "par_index_provinces_press.csv:322": { expect: "Đắk Nông", rank: "", rank_text: "56 điểm", why: POINTS },
  "par_index_provinces_press.csv:323": { expect: "Lâm Đồng", rank: "", rank_text: "48 điểm", why: POINTS },
  "sipas_provinces_press.csv:37": listed("5th", "Hải Phòng", ORDER),
  "sipas_provinces_press.csv:43": listed("4th", "Hà Tĩnh", ORDER),
  "sipas_provinces_press.csv:96": { expect: "Khánh Hòa", rank_of: "63", why: "the note quotes 'xuống 56/63'" },
  "par_index_ministries_press.csv:71": { expect: "Bộ Thông tin và Truyền thông", rank_of: "17", why: "the note says 'rank 5/17'" },
  "par_index_ministries_press.csv:75": listed("1st", "Ngân hàng Nhà nước Việt Nam", ORDER),
};

/** Sources that print (or make unambiguous) how many units their ranks are out of. */
export const RANK_OF_BY_SOURCE: Record<string, { of: string; edition: string; why: string }> = {
  "https://xaydungchinhsach.chinhphu.vn/chi-tiet-bang-xep-hang-par-index-2023-cua-cac-bo-co-quan-ngang-bo-119240417175319406.htm": { of: "17", edition: "2023", why: "the page is the full table of the 17 ministries" },
  "http://cchc.ubdt.gov.vn/2015-09-04/f45e1e0049b92df7a74befd1adb6756b-cema.htm": { of: "19", edition: "", why: "the page ranks 19 ministries and agencies ('19 units', '18/19', '19/19')" },
};


/** The rank of one input row: parsed, then corrected by the row's override or its source's rank_of. */
export function rankFor(origin: string, raw: string, url: string, edition: string, entity: string): Rank {
  const r = parseRank(raw);
  const o = OVERRIDES[origin];
  if (o) {
    if (!entity.includes(o.expect)) throw new Error(`${origin}: override expects ${o.expect}, row is ${entity}`);
    return { rank: o.rank ?? r.rank, rank_of: o.rank_of ?? r.rank_of, rank_text: o.rank_text ?? r.rank_text, note: r.note };
  }
  const bySource = RANK_OF_BY_SOURCE[url];
  if (bySource && r.rank !== "" && r.rank_of === "" && (bySource.edition === "" || bySource.edition === edition)) {
    return { ...r, rank_of: bySource.of };
  }
  return r;
}

