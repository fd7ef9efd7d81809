import { html } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { LIST_GROUPS, TOGGLES } from '../filters/filters.js';
import type { FacetCounts, Filters, ListGroup, Toggle } from '../filters/filters.js';
import { filterGroup } from './filter-group.js';

/**
 * Every filter group with its option counts, in a disclosure that starts open. The meeting days and "meets
 * today" only appear when some record has a schedule (`meetings`).
 */
export function filtersPanel(
  m: Messages,
  filters: Filters,
  counts: FacetCounts,
  meetings: boolean,
  choose: (changes: Partial<Filters>) => void,
) {
  const labels: Record<ListGroup, [string, Record<string, string>]> = {
    audience: [m.groupAudience, m.audience],
    approaches: [m.groupApproach, m.approaches],
    formats: [m.groupFormat, m.formats],
    days: [m.groupDays, m.days],
  };
  const groups = (Object.keys(LIST_GROUPS) as ListGroup[])
    .filter((group) => meetings || group !== 'days')
    .map((group) => {
      const [legend, names] = labels[group];
      const chosen: string[] = filters[group];
      const options = LIST_GROUPS[group].map((value) => ({
        value,
        label: names[value],
        count: (counts[group] as Record<string, number>)[value],
        checked: chosen.includes(value),
      }));
      return filterGroup(legend, options, m.optionCount, (value, on) =>
        choose({ [group]: on ? [...chosen, value] : chosen.filter((v) => v !== value) }),
      );
    });
  const toggles = TOGGLES.filter((t) => meetings || t !== 'meetsToday').map((t: Toggle) => ({
    value: t,
    label: m[t],
    count: counts[t],
    checked: filters[t],
  }));
  return html`<details class="filters" part="filters" open>
    <summary>${m.filtersHeading}</summary>
    <div class="groups">
      ${groups} ${filterGroup(m.groupMore, toggles, m.optionCount, (value, on) => choose({ [value]: on }))}
    </div>
  </details>`;
}
