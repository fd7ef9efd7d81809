import { html, nothing } from 'lit';
import type { OpenAction } from '../events.js';
import type { Messages } from '../i18n/messages.js';
import type { Resource } from '../records/types.js';
import { smsHref, telHref } from './links.js';
import { noteLang } from './source-line.js';

/**
 * The strip above everything: 911 and naloxone for an overdose, 988 for a crisis, and SAMHSA's helpline. The
 * 988 and helpline numbers, and 988's notes (press 2 for Spanish, text AYUDA), come from the checked records in
 * the finder's language, never from this file.
 */
export function emergencyStrip(
  m: Messages,
  kiosk: boolean,
  opened: (id: string, action: OpenAction) => void,
  lifeline?: Resource,
  helpline?: Resource,
) {
  // A kiosk cannot dial: the numbers are written out, large, instead of links.
  const link = (href: string | undefined, label: string, id: string, urgent = false) =>
    kiosk
      ? html`<span class="contact ${urgent ? 'urgent' : ''}">${label}</span>`
      : html`<a
          class=${urgent ? 'urgent' : ''}
          href=${href ?? nothing}
          @click=${() => opened(id, href?.startsWith('sms:') ? 'text' : 'call')}
          >${label}</a
        >`;
  return html`
    <section class="emergency" part="emergency" aria-labelledby="osf-emergency-heading">
      <h2 id="osf-emergency-heading">${m.emergencyHeading}</h2>
      <ul>
        <li>
          <span>${m.overdose}</span>
          ${link('tel:911', m.call911, '911', true)}
          <span>${m.naloxone}</span>
        </li>
        ${lifeline?.phone
          ? html`<li>
              <span>${m.crisis}</span>
              ${link(telHref(lifeline.phone), m.callNumber(lifeline.phone), lifeline.id)}
              ${lifeline.text
                ? link(smsHref(lifeline.text, lifeline.textBody), m.textNumber(lifeline.text, lifeline.textBody), lifeline.id)
                : nothing}
              ${lifeline.callNote ? html`<span class="note" lang=${noteLang(lifeline)}>${lifeline.callNote}</span>` : nothing}
            </li>`
          : nothing}
        ${helpline?.phone
          ? html`<li>
              <span>${m.helplineLine}</span>
              ${link(telHref(helpline.phone), m.callNumber(helpline.phone), helpline.id)}
            </li>`
          : nothing}
      </ul>
    </section>
  `;
}
