import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { OpenAction } from '../events.js';
import type { Resource } from '../records/types.js';
import { smsHref, telHref, webHref } from './links.js';
import { qrSvg } from './qr.js';
import { describeSchedule } from './schedule.js';
import { meetingDetails } from './meeting-details.js';

/** What every card needs besides its record. */
export interface CardContext {
  m: Messages;
  lang: string;
  hostName: string;
  now: Date;
  /** Kiosk mode: numbers and addresses written out large, no link leaves the page, QR codes shown. */
  kiosk: boolean;
  /** Cards whose QR codes a person opened (outside kiosk mode). */
  qrOpen: ReadonlySet<string>;
  /** Cards a person marked for the printed list. */
  marked: ReadonlySet<string>;
  toggleQr(id: string): void;
  mark(id: string, on: boolean): void;
  /** A person opened a link or the QR codes of a card. */
  opened(id: string, action: OpenAction): void;
}

function badges(r: Resource, { m, hostName }: CardContext) {
  const list = [
    r.local && (r.local === 'area' ? m.nearby : m.local(hostName)),
    r.open247 && m.open247,
    (r.cost === 'free' || r.cost === 'donations') && m.free,
    r.medicationFriendly && m.medicationFriendly,
    r.languages.length > 0 && r.languages.map(m.languageName).join(', '),
  ].filter((b): b is string => Boolean(b));
  return html`<ul class="badges">
    <li class="kind">${m.kinds[r.kind]}</li>
    ${list.map((b) => html`<li>${b}</li>`)}
  </ul>`;
}

function actions(r: Resource, { m, kiosk, opened }: CardContext) {
  const call = r.phone ? telHref(r.dial ?? r.phone) : undefined;
  const extra = r.extraPhones.map((p) => ({ ...p, href: telHref(p.phone) })).filter((p) => p.href);
  const tty = r.tty ? telHref(r.tty) : undefined;
  const text = r.text ? smsHref(r.text, r.textBody) : undefined;
  const web = webHref(r.url);
  const chat = webHref(r.chatUrl);
  const links = r.links.map((l) => ({ label: l.label, href: webHref(l.url) })).filter((l) => l.href);
  if (!call && !extra.length && !tty && !text && !web && !chat && !links.length) return nothing;
  // On a kiosk nothing can be dialled or opened: write the number or address out, large, to take away.
  const dial = (href: string, label: string, primary = false) =>
    kiosk
      ? html`<span class="contact">${label}</span>`
      : html`<a class=${primary ? 'primary' : ''} href=${href} @click=${() => opened(r.id, href.startsWith('sms:') ? 'text' : 'call')}
          >${label}</a
        >`;
  const external = (href: string, label: string) =>
    kiosk
      ? html`<span class="contact">${label}: ${href.replace(/^https?:\/\//, '').replace(/\/$/, '')}</span>`
      : html`<a href=${href} target="_blank" rel="noopener noreferrer" data-print=${href} @click=${() => opened(r.id, 'web')}
          >${label}<span class="visually-hidden"> ${m.newTab}</span></a
        >`;
  return html`<div class="actions" part="result-actions">
    ${call ? dial(call, m.callNumber(r.phone!), true) : nothing}
    ${extra.map((p) => dial(p.href!, `${p.label}: ${p.phone}`))}
    ${text ? dial(text, m.textNumber(r.text!, r.textBody)) : nothing} ${tty ? dial(tty, m.ttyNumber(r.tty!)) : nothing}
    ${web ? external(web, m.website) : nothing} ${chat ? external(chat, m.chat) : nothing}
    ${links.map((l) => external(l.href!, l.label))}
  </div>`;
}

/** QR codes for the web address and the phone number, so a person can take them away on their phone. */
function codes(r: Resource, { m, kiosk, qrOpen, toggleQr, opened }: CardContext) {
  const web = webHref(r.url);
  const call = r.phone ? telHref(r.phone) : undefined;
  if (!web && !call) return nothing;
  const open = kiosk || qrOpen.has(r.id);
  return html`${kiosk
      ? nothing
      : html`<button type="button" class="no-print" aria-expanded=${open ? 'true' : 'false'} @click=${() => {
            if (!open) opened(r.id, 'qr');
            toggleQr(r.id);
          }}>
          ${open ? m.qrHide : m.qrShow}
        </button>`}
    ${open
      ? html`<div class="qr" part="qr">
          ${web ? html`<figure>${qrSvg(web, m.qrWebsite(r.name))}<figcaption>${m.website}</figcaption></figure>` : nothing}
          ${call ? html`<figure>${qrSvg(call, m.qrCall(r.phone!))}<figcaption>${m.callNumber(r.phone!)}</figcaption></figure>` : nothing}
        </div>`
      : nothing}`;
}

/** One result: its root carries `part="result"` and `data-id` so hosts and tests can find it. */
export function resultCard(r: Resource, context: CardContext) {
  const { m, lang } = context;
  const schedule = r.schedule.length ? describeSchedule(r.schedule, m, lang, context.now) : undefined;
  return html`<li class="card" part="result" data-id=${r.id}>
    <h3 part="result-title">${r.name}</h3>
    ${r.summary ? html`<p class="summary">${r.summary}</p>` : nothing} ${badges(r, context)}
    ${schedule
      ? html`<p class="schedule">${schedule.all}</p>
          ${schedule.next ? html`<p class="schedule next">${schedule.next}</p>` : nothing}`
      : nothing}
    ${meetingDetails(r, m)}
    ${r.callNote ? html`<p class="note">${r.callNote}</p>` : nothing}
    ${r.hours ? html`<p class="note"><strong>${m.hours}</strong> ${r.hours}</p>` : nothing}
    ${r.address ? html`<p class="note">${r.address}</p>` : nothing} ${actions(r, context)} ${codes(r, context)}
    ${r.howTo.length || r.say
      ? html`<details>
          <summary>${m.howToHeading}</summary>
          ${r.howTo.length ? html`<ol>${r.howTo.map((step) => html`<li>${step}</li>`)}</ol>` : nothing}
          ${r.say
            ? html`<p class="say-heading"><strong>${m.sayHeading}</strong></p>
                <blockquote class="say">${r.say}</blockquote>`
            : nothing}
        </details>`
      : nothing}
    ${r.verified
      ? html`<p class="verified">
          ${m.verified(r.verified)}${r.source ? html` · ${m.source(r.source)}` : nothing}
        </p>`
      : nothing}
    <label class="mark no-print">
      <input
        type="checkbox"
        .checked=${context.marked.has(r.id)}
        @change=${(e: Event) => context.mark(r.id, (e.target as HTMLInputElement).checked)}
      />
      ${m.markToPrint}
    </label>
  </li>`;
}
