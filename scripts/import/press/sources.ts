// Source cells of the press files → sources.csv entries. Every page is registered once, after all
// rows are read, so that its title can say what we cite it for and its note can carry every
// remark printed after the address in any file ("(copy of VNA/VietnamPlus story)").
import { hostOf, type SourceRegistry } from "../lib.ts";
import type { SourceRef } from "./types.ts";

const SEED_PREFIX = "seed:";

export function parseSourceCell(cellText: string, origin: string): SourceRef {
  const s = cellText.trim();
  const seed = /^seeds\/(\d{3})_[0-9a-f]+\.txt\b/.exec(s);
  if (seed) return { url: `${SEED_PREFIX}${seed[1]}`, extra: "" };
  const m = /^(https?:\/\/\S+?)(?:\s+\((.+)\))?$/.exec(s);
  if (!m) throw new Error(`${origin}: unreadable source cell "${s}"`);
  return { url: m[1]!, extra: m[2] ?? "" };
}

/** The five seed articles (../seeds), described from their own first lines. */
const SEEDS: readonly { n: string; file: string; title: string; publisher: string; date: string }[] = [
  { n: "000", file: "seeds/000_c17a1318b2a2a0f1.txt", title: "Tăng cường ứng dụng công nghệ thông tin, liên thông giải quyết các thủ tục hành chính", publisher: "Bình Định provincial news item (site not named in the saved text)", date: "2019-06-14" },
  { n: "001", file: "seeds/001_9799a1e5810c0810.txt", title: "Bình Định: cuộc họp đánh giá tình hình thực hiện Chương trình hành động số 09-CTr/TU ngày 14/5/2021 của Tỉnh ủy về cải cách hành chính (6 tháng đầu năm 2022)", publisher: "binhdinh.gov.vn", date: "" },
  { n: "002", file: "seeds/002_e82ccf4817dcf885.txt", title: "UBND tỉnh ban hành Chỉ thị nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân và tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước, Chỉ số hiệu quả quản trị và hành chính công của tỉnh", publisher: "Sở Thông tin và Truyền thông tỉnh Quảng Trị (sotttt.quangtri.gov.vn)", date: "" },
  { n: "003", file: "seeds/003_70534d3c3e278d1a.txt", title: "Phó Thủ tướng Thường trực Chính phủ Trương Hoà Bình: Quảng Nam ứng dụng công nghệ thông tin trong cơ quan hành chính chưa cao", publisher: "Báo Nông nghiệp Việt Nam", date: "2018-07-29" },
  { n: "004", file: "seeds/004_c746ab5ac2a118e7.txt", title: "Tin nổi bật của Phòng Cải cách hành chính", publisher: "Phòng CCHC-VTLT, Bình Định (site not named in the saved text)", date: "2023-01-19" },
];

export function registerSeeds(reg: SourceRegistry): void {
  for (const s of SEEDS) {
    reg.add({
      id: `seed-${s.n}`, kind: "seed_article", title: s.title, publisher: s.publisher, url: s.file, date: s.date,
      licence: "© original publisher; quoted as a seed article", method: "", derived_from: "", note: "",
    });
  }
}

/** Publishers we can name beyond the bare host. */
const PUBLISHERS: Record<string, string> = {
  "en.vietnamplus.vn": "VietnamPlus (Vietnam News Agency), English edition",
  "vietnamplus.vn": "VietnamPlus (Vietnam News Agency)",
  "betaen.vietnamplus.vn": "VietnamPlus (Vietnam News Agency), English edition (beta site)",
  "en.baochinhphu.vn": "Báo Điện tử Chính phủ (VGP News), English edition",
  "xaydungchinhsach.chinhphu.vn": "Cổng Thông tin điện tử Chính phủ – Xây dựng chính sách, pháp luật",
  "news.gov.vn": "VGP News (Government portal)",
  "infographics.vn": "Infographics.vn (Vietnam News Agency)",
  "nvsk.vnanet.vn": "Vietnam News Agency (vnanet.vn)",
  "vietnam.vnanet.vn": "Vietnam News Agency (vnanet.vn), English",
  "viet-jo.com": "Viet-jo (ベトジョー), Japanese-language news site",
  "211.88.39.63": "Commercial office of the PRC consulate in Ho Chi Minh City (page at 211.88.39.63)",
  "vietnam.vn": "vietnam.vn (translations of Vietnamese press items)",
  "vjs.vietnam.vn": "vietnam.vn (translations of Vietnamese press items)",
  "mic.gov.vn": "Bộ Thông tin và Truyền thông (mic.gov.vn)",
  "hethongphapluat.vn": "hethongphapluat.vn (copy of an official document)",
  "dichvucong.thuathienhue.gov.vn": "Cổng Dịch vụ công tỉnh Thừa Thiên Huế",
};

/** Pages that are copies of official documents or official data pages rather than news. */
const OFFICIAL_HOSTS = new Set(["hethongphapluat.vn", "dichvucong.thuathienhue.gov.vn"]);

function dateFromAddress(url: string): string {
  const m = /\/(20\d\d)[/-](\d{1,2})[/-](\d{1,2})\//.exec(url);
  if (!m) return "";
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return "";
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function summary(topics: Map<string, Set<string>>): string {
  const keys = [...topics.keys()].sort();
  const parts = keys.slice(0, 4).map((k) => {
    const names = [...topics.get(k)!].sort((a, b) => a.localeCompare(b, "vi"));
    return `${k}: ${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""}`;
  });
  return parts.join("; ") + (keys.length > 4 ? `; and ${keys.length - 4} more topics` : "");
}

/** Collects every use of every page, then registers each once. */
export class SourceBook {
  private readonly extras = new Map<string, Set<string>>();
  private readonly topics = new Map<string, Map<string, Set<string>>>();

  use(ref: SourceRef, topic: string, entity: string): void {
    if (ref.url.startsWith(SEED_PREFIX)) return;
    const ex = this.extras.get(ref.url) ?? new Set<string>();
    if (ref.extra) ex.add(ref.extra);
    this.extras.set(ref.url, ex);
    const t = this.topics.get(ref.url) ?? new Map<string, Set<string>>();
    t.set(topic, (t.get(topic) ?? new Set<string>()).add(entity));
    this.topics.set(ref.url, t);
  }

  /** Registers all pages; returns address → source id (seed addresses map to their seed ids). */
  register(reg: SourceRegistry): Map<string, string> {
    const ids = new Map<string, string>();
    for (const s of SEEDS) ids.set(`${SEED_PREFIX}${s.n}`, `seed-${s.n}`);
    for (const url of [...this.topics.keys()].sort()) {
      const host = hostOf(url).replace(/^www\./, "");
      const publisher = PUBLISHERS[host] ?? host;
      const date = dateFromAddress(url);
      const extras = [...this.extras.get(url)!].sort();
      const notes = extras.length ? [`As compiled: ${extras.join("; ")}.`] : [];
      notes.push("The title says what the portal cites the page for; the page's own headline was not recorded.");
      if (date) notes.push("Date read from the page address.");
      ids.set(url, reg.page(url, {
        kind: OFFICIAL_HOSTS.has(host) ? "official_file" : "news",
        title: `${publisher}: page cited for ${summary(this.topics.get(url)!)}`,
        publisher, date, note: notes.join(" "),
      }));
    }
    return ids;
  }
}
