// The directives list, filtered in place: the page renders the menus hidden (they need this
// script) and every list item with its facet values; this script shows the menus, hides the
// links to the filter pages it replaces, and keeps list, live count and address in step.
import { byFacet, FACETS, facetValuesOf, fill, matches, optionCounts, readSelection, searchOf, writeSelection, type Facet, type FacetValues, type Selection } from "./filter.ts";

export function startDirectiveFilter(form: HTMLFormElement): void {
  const list = document.getElementById(form.dataset["list"] ?? "");
  const status = document.getElementById(form.dataset["status"] ?? "");
  const links = document.getElementById(form.dataset["links"] ?? "");
  const headingCount = document.getElementById(form.dataset["headingCount"] ?? "");
  if (!list || !status) return;
  const items = [...list.children].filter((el): el is HTMLElement => el instanceof HTMLElement);
  const values: FacetValues[] = items.map((el) => facetValuesOf(el.dataset));
  const selects = new Map(FACETS.map((f) => [f, form.elements.namedItem(f)] as const)
    .filter((e): e is [Facet, HTMLSelectElement] => e[1] instanceof HTMLSelectElement));
  const offered = byFacet((f) => new Set([...(selects.get(f)?.options ?? [])].map((o) => o.value).filter(Boolean)));
  const countTemplate = form.dataset["count"] ?? "{shown}/{total}";
  const optionTemplate = form.dataset["option"] ?? "{label} ({count})";

  const current = (): Selection => {
    const s: Selection = {};
    for (const [f, el] of selects) if (el.value !== "") s[f] = el.value;
    return s;
  };
  const show = (selection: Selection, updateAddress: boolean) => {
    let shown = 0;
    items.forEach((el, i) => {
      const keep = matches(values[i]!, selection);
      el.hidden = !keep;
      if (keep) shown++;
    });
    for (const [f, el] of selects) {
      const counts = optionCounts(values, selection, f);
      for (const o of el.options) {
        if (o.value !== "") o.textContent = fill(optionTemplate, { label: o.dataset["label"] ?? o.value, count: counts.get(o.value) ?? 0 });
      }
    }
    status.textContent = fill(countTemplate, { shown, total: items.length });
    if (headingCount) headingCount.textContent = fill(form.dataset["headingTemplate"] ?? "{shown}", { shown });
    if (updateAddress) {
      const params = writeSelection(new URLSearchParams(location.search), selection);
      history.replaceState(history.state, "", `${location.pathname}${searchOf(params)}${location.hash}`);
    }
  };

  const restored = readSelection(new URLSearchParams(location.search), offered);
  for (const [f, el] of selects) el.value = restored[f] ?? "";
  form.hidden = false;
  status.hidden = false;
  if (links) links.hidden = true;
  form.addEventListener("change", () => show(current(), true));
  // A reset clears the menus after the event: read them once it has.
  form.addEventListener("reset", () => setTimeout(() => show(current(), true), 0));
  form.addEventListener("submit", (e) => e.preventDefault());
  show(restored, false);
}
