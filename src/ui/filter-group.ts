import { html } from 'lit';

export interface Option {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/**
 * A group of checkboxes with the number of results each would give. `onToggle` gets the option's value and
 * its new state; the element decides what that means for its filters.
 */
export function filterGroup(
  legend: string,
  options: readonly Option[],
  resultsWord: (count: number) => string,
  onToggle: (value: string, checked: boolean) => void,
) {
  return html`<fieldset class="group">
    <legend>${legend}</legend>
    ${options.map(
      (o) => html`<label class="option">
        <input
          type="checkbox"
          name=${o.value}
          .checked=${o.checked}
          @change=${(e: Event) => onToggle(o.value, (e.target as HTMLInputElement).checked)}
        />
        <span>${o.label}</span>
        <span class="count" aria-hidden="true">${o.count}</span>
        <span class="visually-hidden">(${resultsWord(o.count)})</span>
      </label>`,
    )}
  </fieldset>`;
}
