import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';

/**
 * "On now or soon": the quick choice that keeps the meetings on now or starting within the hour, and a tick at each
 * new minute so that "25 min left" stays true. The minute, never a keystroke, makes what is on now again.
 */
export class OnNow implements ReactiveController {
  /** The quick choice is on. */
  pressed = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    const tick = () => (this.timer = setTimeout(() => (this.host.requestUpdate(), tick()), 6e4 - (Date.now() % 6e4)));
    tick();
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }

  /** What the results depend on: the choice and the minute. */
  key() {
    return `${this.pressed}${Math.floor(Date.now() / 6e4)}`;
  }

  chip(m: Messages, tabindex: number) {
    return html`<button type="button" class="chip" aria-pressed=${this.pressed} tabindex=${tabindex}
      @click=${() => ((this.pressed = !this.pressed), this.host.requestUpdate())}>${m.onSoon}</button>`;
  }
}
