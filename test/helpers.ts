import { sendKeys } from '@web/test-runner-commands';
import type { OudSupportFinder } from '../src/oud-support-finder.js';
import { checkRecords } from '../src/records/check.js';
import type { Resource, ResourceInput } from '../src/records/types.js';

/** Types into the search box the way a person does: focus it, then press keys. */
export async function typeQuery(el: OudSupportFinder, text: string) {
  const box = searchBox(el);
  box.focus();
  box.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

export const searchBox = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;

/** The ids of the result cards, in the order a person sees them. */
export const shownIds = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="result"]')].map((card) => card.dataset.id);

export const card = (el: HTMLElement, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="result"][data-id="${id}"]`);

export const statusText = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

/** How many results the status line says there are (a long list draws them a page at a time). */
export const resultCount = (el: HTMLElement) => Number(/\d+/.exec(statusText(el))?.[0] ?? 0);

/** Presses "Show more results" until every result is drawn, as a person reading to the end would. */
export async function showAll(el: OudSupportFinder) {
  for (let more; (more = el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')); ) {
    more.click();
    await el.updateComplete;
  }
}

/** The checkbox whose visible label starts with `label`, inside the fieldset whose legend is `legend`. */
export function checkbox(el: HTMLElement, legend: string, label: string): HTMLInputElement {
  const group = [...el.shadowRoot!.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent === legend);
  const option = [...(group?.querySelectorAll('label') ?? [])].find((l) => l.textContent!.trim().startsWith(label));
  if (!option) throw new Error(`no option “${label}” in “${legend}”`);
  return option.querySelector('input')!;
}

/** Opens the filters' dialog with its button, as a person does, and returns the dialog. */
export async function openFilters(el: OudSupportFinder): Promise<HTMLDialogElement> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-open')!.click();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  return el.shadowRoot!.querySelector('dialog')!;
}

/** Builds checked records from short literals, for pure-module tests. */
export function records(...inputs: Partial<ResourceInput>[]): Resource[] {
  const { resources, problems } = checkRecords(inputs.map((r, i) => ({ id: `r${i}`, name: `Record ${i}`, ...r })));
  if (problems.length) throw new Error(`test records are wrong: ${JSON.stringify(problems)}`);
  return resources;
}

/** WCAG relative luminance and contrast ratio of two computed colours ("rgb(r, g, b)"). */
export function ratio(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
