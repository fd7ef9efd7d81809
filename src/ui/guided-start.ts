import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { NEEDS, WAYS, filtersFromAnswers } from '../filters/guided.js';
import type { Answers, Need, Way } from '../filters/guided.js';
import type { Filters } from '../filters/filters.js';
import { AUDIENCES } from '../records/types.js';
import type { Audience } from '../records/types.js';

/** How the guided start reads and sets the finder's filters. */
export interface FilterAccess {
  get(): Filters;
  /** Sets the filters as a person's choice (the finder tells the host page). */
  set(filters: Filters): void;
}

type Step = 1 | 2 | 3;

interface State {
  open: boolean;
  step: Step;
  answers: Answers;
  /** The filters before the answers were applied, for Undo. */
  before?: Filters;
  applied: boolean;
}
const first = (): State => ({ open: false, step: 1, answers: { needs: [] }, applied: false });

/**
 * "Not sure where to start?": at most three questions that set the filters and say why the results fit. It can
 * be skipped at any point, undone (the filters go back to what they were) and started over.
 */
export class GuidedStart implements ReactiveController {
  private state: State = first();

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private filters: FilterAccess,
  ) {
    host.addController(this);
  }

  hostConnected() {}


  /** Back to the first state: closed, nothing answered (the idle reset uses it too). */
  reset() {
    this.state = first();
    this.host.requestUpdate();
  }

  private go(changes: Partial<State>) {
    Object.assign(this.state, changes);
    this.host.requestUpdate();
    // Move focus to the new question's heading so screen readers hear it and keyboards start there.
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('#osf-guided-step')?.focus());
  }

  /** Sets the filters, then moves focus to the results heading, which says why these were chosen. */
  private apply() {
    this.state.before ??= this.filters.get();
    this.filters.set(filtersFromAnswers(this.state.answers, this.filters.get()));
    this.state.applied = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('#osf-results')?.focus());
  }

  private undo() {
    if (this.state.before) this.filters.set(this.state.before);
    this.reset();
  }

  private choice<T extends string>(name: string, options: readonly T[], labels: Record<T, string>, multiple: boolean, chosen: (o: T) => boolean, set: (o: T, on: boolean) => void) {
    return options.map(
      (o) => html`<label class="option">
        <input
          type=${multiple ? 'checkbox' : 'radio'}
          name=${name}
          .checked=${chosen(o)}
          @change=${(e: Event) => {
            set(o, (e.target as HTMLInputElement).checked);
            this.host.requestUpdate(); // so each question's boxes are drawn from the answers, never left from the last one
          }}
        />
        <span>${labels[o]}</span>
      </label>`,
    );
  }

  private question(m: Messages) {
    const a = this.state.answers;
    const step = this.state.step;
    const [legend, options] =
      step === 1
        ? [m.guidedWho, this.choice('who', AUDIENCES, m.guidedWhoOptions, false, (o) => a.who === o, (o: Audience) => (a.who = o))]
        : step === 2
          ? [m.guidedNeeds, this.choice('needs', NEEDS, m.guidedNeedOptions, true, (o) => a.needs.includes(o), (o: Need, on) => {
              a.needs = on ? [...a.needs, o] : a.needs.filter((n) => n !== o);
            })]
          : [m.guidedWay, this.choice('way', WAYS, m.guidedWayOptions, false, (o) => a.way === o, (o: Way) => (a.way = o))];
    return html`<fieldset class="group">
        <legend id="osf-guided-step" tabindex="-1">${m.guidedStep(step, 3)} ${legend}</legend>
        ${options}
      </fieldset>
      <div class="guided-actions">
        ${step > 1 ? html`<button type="button" @click=${() => this.go({ step: (step - 1) as Step })}>${m.back}</button>` : nothing}
        ${step < 3
          ? html`<button type="button" class="primary" @click=${() => this.go({ step: (step + 1) as Step })}>${m.next}</button>`
          : html`<button type="button" class="primary" @click=${() => this.apply()}>${m.showResults}</button>`}
        <button type="button" @click=${() => this.reset()}>${m.skip}</button>
      </div>`;
  }

  /** The toolbar's "Not sure where to start?" button, which opens and closes the questions. */
  button(m: Messages, tabindex: number) {
    const open = this.state.open;
    return html`<button type="button" class="guided-open" part="guided-start" aria-expanded=${open ? 'true' : 'false'}
      aria-controls="osf-guided" tabindex=${tabindex} @click=${() => (open ? this.reset() : this.go({ open: true }))}>
      ${m.guidedButton}
    </button>`;
  }

  /** Why the results were chosen, once the answers are applied: the results heading says it. */
  why(m: Messages): string | undefined {
    return this.state.applied ? m.guidedWhy(this.state.answers) : undefined;
  }

  /** The questions, or once applied, Undo and Start over; nothing while closed. */
  render(m: Messages) {
    if (!this.state.open) return nothing;
    return html`<section class="guided" id="osf-guided" aria-labelledby="osf-guided-heading">
      <h2 id="osf-guided-heading">${m.guidedOpen}</h2>
      ${this.state.applied
        ? html`<div class="guided-actions">
            <button type="button" @click=${() => this.undo()}>${m.undo}</button>
            <button type="button" @click=${() => this.go({ step: 1, answers: { needs: [] }, applied: false })}>${m.startOver}</button>
            <button type="button" @click=${() => this.reset()}>${m.close}</button>
          </div>`
        : html`<p>${m.guidedIntro}</p>
            ${this.question(m)}`}
    </section>`;
  }
}
