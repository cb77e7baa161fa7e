// The comparison itself: trend lines, rank lines and dimension profiles, side by side, each a
// figure with its generated summary and data table. Charts are pure layouts rendered as SVG.
import { layout as bumpLayout, series as bumpSeries } from "../../lib/charts/bump.ts";
import { layout as trendLayout, series as trendSeries } from "../../lib/charts/trend.ts";
import type { Lang } from "../../lib/views/types.ts";
import { BumpChart } from "../charts/BumpChart.tsx";
import { TrendLines } from "../charts/TrendLines.tsx";
import { CompareFrame } from "./CompareFrame.tsx";
import { bumpInput, profileTable, rankTable, reasonTexts, trendInput, trendTable } from "./chart-inputs.ts";
import type { IndexData, Say } from "./model.ts";
import { ProfilePanels } from "./ProfilePanels.tsx";
import { profileSummary, rankSummary, trendSummary, type Chosen } from "./summary.ts";

export interface CompareFiguresProps {
  data: IndexData;
  chosen: readonly Chosen[];
  names: readonly string[];
  slugs: readonly string[];
  /** Edition of the dimension profiles; null when the index has none. */
  profileEdition: number | null;
  lang: Lang;
  say: Say;
}

/** viewBox width: about 1:1 in a phone column and in a third of a wide page, so text stays ≥ 11 px. */
const WIDTH = 320;

export function CompareFigures({ data, chosen, names, slugs, profileEdition, lang, say }: CompareFiguresProps) {
  const meta = data.meta;
  const total = data.indicators[0];
  if (!total || chosen.length === 0) return null;
  const reasons = reasonTexts(say);
  const source = (
    <>
      {say("compare.source")} <a href={meta.href}>{say("compare.sourceLink", { index: meta.short })}</a>
      {" · "}{say("compare.version", { version: meta.datasetVersion })}
    </>
  );
  const groups = total.meta.groups.filter((g) => total.meta.groupAt.some((i) => total.meta.groups[i] === g));
  const caption = [
    groups.length > 1 ? say("compare.break", { edition: groups[1]!.first }) : say("compare.scale", { min: groups[0]?.min ?? 0, max: groups[0]?.max ?? 0 }),
    meta.fullTable ? say("compare.bandNote") : say("compare.sparse", { index: meta.short }),
  ].join(" ");
  const chosenText = chosen.map((c) => c.name).join(", ");

  const trend = trendLayout(trendSeries(trendInput(data, chosen, slugs, say)), { width: WIDTH }, { reasonText: reasons });
  const trendTitle = say("compare.trend.title", { indicator: total.meta.label });
  const trendText = trendSummary(data, chosen, lang, say);

  const bump = meta.fullTable ? bumpLayout(bumpSeries(bumpInput(data, chosen, names, slugs)), { width: WIDTH }, { reasonText: reasons }) : null;
  const rankTitle = say("compare.rank.title");
  const rankText = rankSummary(data, chosen, lang, say);

  return (
    <div className="compare-grid">
      <CompareFrame id="compare-trend" title={trendTitle} caption={caption} summary={trendText} table={trendTable(data, chosen, lang, say)} source={source} say={say}>
        <TrendLines
          id="compare-trend-chart" lang={lang} layout={trend} title={`${trendTitle}: ${chosenText}`} desc={trendText}
          text={{ band: say("compare.band"), missing: say("compare.missing"), reasons }}
        />
      </CompareFrame>
      <CompareFrame
        id="compare-rank" title={rankTitle} caption={meta.fullTable ? say("compare.rank.computedNote") : say("compare.rank.sparseNote", { index: meta.short })}
        summary={rankText} table={rankTable(data, chosen, lang, say)} source={source} say={say}
      >
        {bump && (
          <BumpChart
            id="compare-rank-chart" lang={lang} layout={bump} title={`${rankTitle}: ${chosenText}`} desc={rankText}
            text={{ notComparable: say("compare.notComparable"), notRanked: say("compare.notRanked"), missing: say("compare.missing"), reasons }}
          />
        )}
      </CompareFrame>
      {profileEdition === null ? (
        <CompareFrame id="compare-profile" title={say("compare.profile.titleNone")} summary={say("compare.profile.none", { index: meta.short })} table={null} source={source} say={say} />
      ) : (
        <CompareFrame
          id="compare-profile" title={say("compare.profile.title", { edition: profileEdition })} caption={say("compare.profile.caption")}
          summary={profileSummary(data, chosen, profileEdition, lang, say)} table={profileTable(data, chosen, profileEdition, lang, say)} source={source} say={say}
        >
          <ProfilePanels data={data} chosen={chosen} slugs={slugs} edition={profileEdition} width={WIDTH} lang={lang} say={say} />
        </CompareFrame>
      )}
    </div>
  );
}
