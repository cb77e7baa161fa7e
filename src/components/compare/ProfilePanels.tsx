// One dimension profile per chosen province (small multiples), each against the range and
// median of all 63 provinces in the same edition.
import { layout, series } from "../../lib/charts/profile.ts";
import { formatValue } from "../../lib/format/value.ts";
import type { Lang } from "../../lib/views/types.ts";
import { DimensionProfile } from "../charts/DimensionProfile.tsx";
import { dimensionsAt, profileInput, reasonTexts } from "./chart-inputs.ts";
import type { IndexData, Say } from "./model.ts";
import { profileSummary, type Chosen } from "./summary.ts";

export interface ProfilePanelsProps {
  data: IndexData;
  chosen: readonly Chosen[];
  slugs: readonly string[];
  edition: number;
  width: number;
  lang: Lang;
  say: Say;
}

export function ProfilePanels({ data, chosen, slugs, edition, width, lang, say }: ProfilePanelsProps) {
  const unit = dimensionsAt(data, edition)[0]?.ind.meta.unit ?? "points";
  const format = (v: number) => formatValue(v, unit, lang);
  const reasons = reasonTexts(say);
  const text = {
    missing: say("compare.profile.missingValue"),
    reasons,
    range: (min: string, max: string, n: number) => say("compare.profile.rangeRow", { min, max, n }),
    median: (median: string) => say("compare.profile.medianRow", { median }),
    rank: (rank: number, n: number) => say("compare.profile.rankRow", { rank, n }),
  };
  return (
    <>
      {chosen.map((c) => {
        const l = layout(series(profileInput(data, c, edition, slugs)), { width }, {
          format, rangeText: say("compare.profile.range"), medianText: say("compare.profile.median"), missingText: text.missing,
        });
        const id = `compare-profile-${slugs[c.row]}`;
        return (
          <DimensionProfile
            key={id} id={id} lang={lang} layout={l} unit={unit} text={text}
            title={say("compare.profile.chartTitle", { name: c.name, edition })} desc={profileSummary(data, [c], edition, lang, say)}
          />
        );
      })}
    </>
  );
}
