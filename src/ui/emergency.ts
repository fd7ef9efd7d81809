import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Resource } from '../records/types.js';
import { smsHref, telHref } from './links.js';

/**
 * The strip above everything: 911 for an overdose, 988 for a crisis, and SAMHSA's helpline. The 988 and
 * helpline numbers come from the checked records, never from this file.
 */
export function emergencyStrip(m: Messages, lifeline?: Resource, helpline?: Resource) {
  return html`
    <section class="emergency" part="emergency" aria-labelledby="osf-emergency-heading">
      <h2 id="osf-emergency-heading">${m.emergencyHeading}</h2>
      <ul>
        <li>
          <span>${m.overdose}</span>
          <a class="urgent" href="tel:911">${m.call911}</a>
        </li>
        ${lifeline?.phone
          ? html`<li>
              <span>${m.crisis}</span>
              <a href=${telHref(lifeline.phone) ?? nothing}>${m.call} ${lifeline.phone}</a>
              ${lifeline.text
                ? html`<a href=${smsHref(lifeline.text) ?? nothing}>${m.text} ${lifeline.text}</a>`
                : nothing}
            </li>`
          : nothing}
        ${helpline?.phone
          ? html`<li>
              <span>${m.helplineLine}</span>
              <a href=${telHref(helpline.phone) ?? nothing}>${m.call} ${helpline.phone}</a>
            </li>`
          : nothing}
      </ul>
    </section>
  `;
}
