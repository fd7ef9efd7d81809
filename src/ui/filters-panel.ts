import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { LIST_GROUPS, TOGGLES } from '../filters/filters.js';
import type { FacetCounts, Filters, ListGroup } from '../filters/filters.js';
import { filterGroup } from './filter-group.js';
import type { Option } from './filter-group.js';

/** Every option a person can choose, by group, with its label, count and whether it is chosen. */
export function filterOptions(m: Messages, filters: Filters, counts: FacetCounts, meetings: boolean) {
  const labels: Record<ListGroup, [string, Record<string, string>]> = {
    audience: [m.groupAudience, m.audience],
    approaches: [m.groupApproach, m.approaches],
    formats: [m.groupFormat, m.formats],
    days: [m.groupDays, m.days],
    times: [m.groupTimes, m.times],
  };
  const groups = (Object.keys(LIST_GROUPS) as ListGroup[])
    .filter((group) => meetings || (group !== 'days' && group !== 'times'))
    .map((group) => {
      const chosen: string[] = filters[group];
      const options: Option[] = LIST_GROUPS[group].map((value) => ({
        value,
        label: labels[group][1][value],
        count: (counts[group] as Record<string, number>)[value],
        checked: chosen.includes(value),
      }));
      const change = (value: string, on: boolean): Partial<Filters> => ({
        [group]: on ? [...chosen, value] : chosen.filter((v) => v !== value),
      });
      return { name: group as string, legend: labels[group][0], options, change };
    });
  // A feed's regions, A to Z, when records name any; a chosen one stays, so it can be unchosen.
  const regions = [...new Set([...Object.keys(counts.regions), ...filters.regions])].sort();
  if (regions.length) {
    groups.push({
      name: 'regions',
      legend: m.groupRegions,
      options: regions.map((value) => ({ value, label: value, count: counts.regions[value] ?? 0, checked: filters.regions.includes(value) })),
      change: (value, on) => ({ regions: on ? [...filters.regions, value] : filters.regions.filter((v) => v !== value) }),
    });
  }
  const toggles: Option[] = TOGGLES.filter((t) => meetings || t !== 'meetsToday').map((t) => ({
    value: t,
    label: m[t],
    count: counts[t],
    checked: filters[t],
  }));
  return [...groups, { name: 'more', legend: m.groupMore, options: toggles, change: (value: string, on: boolean) => ({ [value]: on }) }];
}

/**
 * The filters in a modal dialog that the "Filters" button opens: focus stays inside, Escape or the close button
 * closes it, and it ends with a button that says how many results the choice gives. Options that would give
 * nothing are left out unless chosen.
 */
export function filtersPanel(
  m: Messages,
  groups: ReturnType<typeof filterOptions>,
  total: number,
  choose: (changes: Partial<Filters>) => void,
) {
  const close = (e: Event) => (e.target as HTMLElement).closest('dialog')?.close();
  return html`<dialog class="panel" part="filters" aria-labelledby="osf-filters-heading"
    @click=${(e: Event) => e.target === e.currentTarget && close(e)}>
    <div class="panel-head">
      <h2 id="osf-filters-heading">${m.filtersHeading}</h2>
      <button type="button" class="close" aria-label=${m.close} @click=${close}>×</button>
    </div>
    <div class="groups">
      ${groups.map(({ legend, options, change }) => {
        const shown = options.filter((o) => o.count > 0 || o.checked);
        return shown.length
          ? filterGroup(legend, shown, m.optionCount, (value, on) => choose(change(value, on)))
          : nothing;
      })}
    </div>
    <div class="panel-foot">
      <button type="button" class="primary" @click=${close}>${m.showCount(total)}</button>
    </div>
  </dialog>`;
}
