import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Resource } from '../records/types.js';
import { smsHref, telHref } from './links.js';

/**
 * The strip above everything: 911 for an overdose, 988 for a crisis, and SAMHSA's helpline. The 988 and
 * helpline numbers, and 988's notes (press 2 for Spanish, text AYUDA), come from the checked records in the
 * finder's language, never from this file.
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
              <a href=${telHref(lifeline.phone) ?? nothing}>${m.callNumber(lifeline.phone)}</a>
              ${lifeline.text
                ? html`<a href=${smsHref(lifeline.text, lifeline.textBody) ?? nothing}
                    >${m.textNumber(lifeline.text, lifeline.textBody)}</a
                  >`
                : nothing}
              ${lifeline.callNote ? html`<span class="note">${lifeline.callNote}</span>` : nothing}
            </li>`
          : nothing}
        ${helpline?.phone
          ? html`<li>
              <span>${m.helplineLine}</span>
              <a href=${telHref(helpline.phone) ?? nothing}>${m.callNumber(helpline.phone)}</a>
            </li>`
          : nothing}
      </ul>
    </section>
  `;
}
