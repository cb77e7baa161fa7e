// The non-province entities the press figures are about: ministries, aggregate groups (national
// averages, the six socio-economic regions, blocs) and Bình Định's own agencies.
import { slugify } from "../lib.ts";

export interface Ministry {
  id: string;
  name_vi: string;
  name_en: string;
}

/** Ministries and ministry-level agencies named in the press files; English names as the pages give them where they do. */
const MINISTRIES: readonly (readonly [string, string])[] = [
  ["Bộ Công Thương", "Ministry of Industry and Trade"],
  ["Bộ Giao thông vận tải", "Ministry of Transport"],
  ["Bộ Giáo dục và Đào tạo", "Ministry of Education and Training"],
  ["Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment"],
  ["Bộ Khoa học và Công nghệ", "Ministry of Science and Technology"],
  ["Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs (MOLISA)"],
  ["Bộ Ngoại giao", "Ministry of Foreign Affairs"],
  ["Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development"],
  ["Bộ Nội vụ", "Ministry of Home Affairs"],
  ["Bộ Thông tin và Truyền thông", "Ministry of Information and Communications"],
  ["Bộ Tài chính", "Ministry of Finance"],
  ["Bộ Tài nguyên và Môi trường", "Ministry of Natural Resources and Environment"],
  ["Bộ Tư pháp", "Ministry of Justice"],
  ["Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism"],
  ["Bộ Xây dựng", "Ministry of Construction"],
  ["Bộ Y tế", "Ministry of Health"],
  ["Ngân hàng Nhà nước Việt Nam", "State Bank of Vietnam"],
  ["Thanh tra Chính phủ", "Government Inspectorate"],
  ["Ủy ban Dân tộc", "Committee for Ethnic Minority Affairs"],
];

/** id = "min-" + slug of the name without "Bộ "; the State Bank keeps the short form of the data contract. */
function ministryId(nameVi: string): string {
  if (nameVi.startsWith("Ngân hàng Nhà nước")) return "min-ngan-hang-nha-nuoc";
  return `min-${slugify(nameVi.replace(/^Bộ /, ""))}`;
}

export const ministries: readonly Ministry[] = MINISTRIES.map(([vi, en]) => ({ id: ministryId(vi), name_vi: vi, name_en: en }));

/** English names printed in the "entity" cells of the published-figures files. */
const ENGLISH: Record<string, string> = {
  "ministry of health": "Bộ Y tế",
  "ministry of foreign affairs": "Bộ Ngoại giao",
  "ministry of industry and trade": "Bộ Công Thương",
};

/** Finds a ministry by a printed name such as "Bộ Tư pháp (Ministry of Justice)" or "Ngân hàng Nhà nước". */
export function ministryByName(printed: string, origin: string): Ministry {
  const bare = printed.replace(/\s*\(.*\)\s*$/, "").trim();
  const vi = ENGLISH[bare.toLowerCase()] ?? bare;
  const key = slugify(vi).replace(/-viet-nam$/, "");
  const m = ministries.find((x) => slugify(x.name_vi).replace(/-viet-nam$/, "") === key);
  if (!m) throw new Error(`${origin}: unknown ministry "${printed}"`);
  return m;
}

export interface Group {
  id: string;
  kind: "national" | "region" | "bloc";
  name_vi: string;
  name_en: string;
  note: string;
}

export const groups: readonly Group[] = [
  { id: "agg-provinces", kind: "national", name_vi: "Bình quân các tỉnh, thành phố", name_en: "Average of the provinces", note: "Average over the provinces assessed; how many provinces is stated in each value's note where the source prints it." },
  { id: "agg-ministries", kind: "national", name_vi: "Bình quân các bộ, cơ quan ngang bộ", name_en: "Average of the ministries", note: "Average over the ministries and ministry-level agencies assessed; how many is stated in each value's note where the source prints it." },
  { id: "agg-national", kind: "national", name_vi: "Toàn quốc", name_en: "Nationwide", note: "Nationwide totals and statistics (survey sizes, nationwide procedure counts and rates), not an average of units." },
  { id: "reg-tdmnpb", kind: "region", name_vi: "Trung du và miền núi phía Bắc", name_en: "Northern Midlands and Mountains", note: "Socio-economic region; its values are averages of its provinces as published." },
  { id: "reg-dbsh", kind: "region", name_vi: "Đồng bằng sông Hồng", name_en: "Red River Delta", note: "Socio-economic region; its values are averages of its provinces as published." },
  { id: "reg-btb-dhmt", kind: "region", name_vi: "Bắc Trung Bộ và Duyên hải miền Trung", name_en: "North Central and Central Coast", note: "Socio-economic region; its values are averages of its provinces as published." },
  { id: "reg-tn", kind: "region", name_vi: "Tây Nguyên", name_en: "Central Highlands", note: "Socio-economic region; its values are averages of its provinces as published." },
  { id: "reg-dnb", kind: "region", name_vi: "Đông Nam Bộ", name_en: "South East", note: "Socio-economic region; its values are averages of its provinces as published." },
  { id: "reg-dbscl", kind: "region", name_vi: "Đồng bằng sông Cửu Long", name_en: "Mekong River Delta", note: "Socio-economic region; its values are averages of its provinces as published." },
  { id: "agg-bloc-bo-nganh", kind: "bloc", name_vi: "Khối bộ, ngành", name_en: "Ministries and sectors (bloc)", note: "The ministries and sectors taken together, as government procedure reports group them." },
  { id: "agg-bloc-dia-phuong", kind: "bloc", name_vi: "Khối địa phương", name_en: "Localities (bloc)", note: "The provinces taken together, as government procedure reports group them (also printed \"khối tỉnh thành\")." },
];

const REGION_NAMES: Record<string, string> = {
  "trung-du-mien-nui-phia-bac": "reg-tdmnpb",
  "trung-du-va-mien-nui-phia-bac": "reg-tdmnpb",
  "dong-bang-song-hong": "reg-dbsh",
  "bac-trung-bo-va-duyen-hai-mien-trung": "reg-btb-dhmt",
  "tay-nguyen": "reg-tn",
  "dong-nam-bo": "reg-dnb",
  "dong-bang-song-cuu-long": "reg-dbscl",
};

export function regionByName(printed: string, origin: string): string {
  const id = REGION_NAMES[slugify(printed)];
  if (!id) throw new Error(`${origin}: unknown region "${printed}"`);
  return id;
}

export interface Agency {
  id: string;
  province: string;
  kind: "agency" | "agency_group";
  name_vi: string;
  name_en: string;
  /** Seed file number that names it. */
  seed: string;
  note: string;
}

/** Bình Định's agencies and agency groups as the seed articles name them (keyed by seed_figures "entity"). */
export const AGENCIES: Record<string, Agency> = {
  "Sở Tài chính": { id: "ag-binh-dinh-so-tai-chinh", province: "vn63-52", kind: "agency", name_vi: "Sở Tài chính", name_en: "Department of Finance", seed: "000", note: "" },
  "Sở Ngoại vụ": { id: "ag-binh-dinh-so-ngoai-vu", province: "vn63-52", kind: "agency", name_vi: "Sở Ngoại vụ", name_en: "Department of Foreign Affairs", seed: "000", note: "" },
  "Sở Khoa học và Công nghệ": { id: "ag-binh-dinh-so-khoa-hoc-va-cong-nghe", province: "vn63-52", kind: "agency", name_vi: "Sở Khoa học và Công nghệ", name_en: "Department of Science and Technology", seed: "000", note: "Printed \"Sở KH&CN\" in the seed article." },
  "agencies under the provincial People's Committee (average)": { id: "ag-binh-dinh-co-quan-thuoc-ubnd-tinh", province: "vn63-52", kind: "agency_group", name_vi: "Các cơ quan thuộc Ủy ban nhân dân tỉnh", name_en: "Agencies under the provincial People's Committee", seed: "004", note: "Values are the group's average as published." },
  "district-level People's Committees (average)": { id: "ag-binh-dinh-ubnd-cap-huyen", province: "vn63-52", kind: "agency_group", name_vi: "Ủy ban nhân dân các huyện, thị xã, thành phố", name_en: "District-level People's Committees", seed: "004", note: "Values are the group's average as published." },
  "central agencies located in the province (average)": { id: "ag-binh-dinh-co-quan-trung-uong", province: "vn63-52", kind: "agency_group", name_vi: "Các cơ quan Trung ương đóng trên địa bàn tỉnh", name_en: "Central agencies located in the province", seed: "004", note: "Values are the group's average as published." },
};
