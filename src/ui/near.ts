import { css, html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { WITHIN, parsePlace } from '../filters/distance.js';
import type { DistanceUnit, Place } from '../filters/distance.js';

type Status = '' | 'asking' | 'on' | 'off';

/**
 * "Near me": asks the browser for the person's place only when they press it, and keeps it in memory only (never
 * stored, never sent); pressing again, or starting over on a kiosk, forgets it. A host's `near` place needs no asking.
 */
export class NearMe {
  private status: Status = '';
  private found?: Place;
  /** The distance choice, in the finder's unit; 0 is any distance. */
  within = 0;

  constructor(private host: ReactiveControllerHost) {}

  /** The place distances are measured from: the host's `near`, else the person's once found. */
  place(near: string): Place | undefined {
    return parsePlace(near) ?? this.found;
  }

  /** What the results depend on, so the element derives them again when it changes. */
  key(near: string): string {
    const p = this.place(near);
    return p ? `${p.latitude},${p.longitude},${this.within}` : '';
  }

  private get pressed() {
    return this.status === 'on' || this.status === 'asking';
  }

  private set(status: Status, found?: Place) {
    this.status = status;
    this.found = found;
    if (!found) this.within = 0;
    this.host.requestUpdate();
  }

  toggle() {
    if (this.pressed) return this.set('');
    const geo = navigator.geolocation;
    if (!geo) return this.set('off');
    this.set('asking');
    geo.getCurrentPosition(
      ({ coords }) => this.status === 'asking' && this.set('on', { latitude: coords.latitude, longitude: coords.longitude }),
      // Refused, timed out or unavailable: the same advice serves.
      () => this.status === 'asking' && this.set('off'),
      { timeout: 20_000 },
    );
  }

  reset() {
    this.set('');
  }

  /** The toolbar's "Near me" toggle, for a finder with places and no fixed place of its own. */
  chip(m: Messages, tabindex: number) {
    return html`<button type="button" class="chip" aria-pressed=${this.pressed} tabindex=${tabindex}
      @click=${() => this.toggle()}>${m.nearMe}</button>`;
  }

  /** Added to the results' status, a polite live region: the order changed, or the place could not be had. */
  note(m: Messages) {
    return this.status === 'on' ? ` ${m.nearOn}` : this.status === 'off' ? ` ${m.nearOff}` : '';
  }

  /** Under the toolbar, with a place known: the distance choice, with the results each keeps ("Within 5 mi (12)"). */
  line(m: Messages, near: string, unit: DistanceUnit, counts: number[] = []) {
    return this.place(near)
      ? html`<label class="near">${m.distance}
          <select @change=${(e: Event) => {
            this.within = +(e.target as HTMLSelectElement).value;
            this.host.requestUpdate();
          }}>
            <option value="0" ?selected=${!this.within}>${m.anyDistance} (${counts[0]})</option>
            ${WITHIN.map((n, i) => html`<option value=${n} ?selected=${this.within === n}>${m.within(`${n} ${unit}`)} (${counts[i + 1]})</option>`)}
          </select>
        </label>`
      : nothing;
  }
}

export const nearStyles = css`
  .near select {
    min-height: 44px;
    margin: 0.4em;
    font: inherit;
  }
`;
