import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Resource } from '../records/types.js';
import { smsHref, telHref, webHref } from './links.js';
import { describeSchedule } from './schedule.js';

/** What every card needs besides its record. */
export interface CardContext {
  m: Messages;
  lang: string;
  hostName: string;
  now: Date;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatDate(iso: string, lang: string) {
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${iso}T00:00:00Z`));
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

function actions(r: Resource, m: Messages) {
  const call = r.phone ? telHref(r.phone) : undefined;
  const extra = r.extraPhones.map((p) => ({ ...p, href: telHref(p.phone) })).filter((p) => p.href);
  const tty = r.tty ? telHref(r.tty) : undefined;
  const text = r.text ? smsHref(r.text, r.textBody) : undefined;
  const web = webHref(r.url);
  const chat = webHref(r.chatUrl);
  const links = r.links.map((l) => ({ label: l.label, href: webHref(l.url) })).filter((l) => l.href);
  if (!call && !extra.length && !tty && !text && !web && !chat && !links.length) return nothing;
  const external = (href: string, label: string) =>
    html`<a href=${href} target="_blank" rel="noopener noreferrer"
      >${label}<span class="visually-hidden"> ${m.newTab}</span></a
    >`;
  return html`<div class="actions" part="result-actions">
    ${call ? html`<a class="primary" href=${call}>${m.callNumber(r.phone!)}</a>` : nothing}
    ${extra.map((p) => html`<a href=${p.href!}>${p.label}: ${p.phone}</a>`)}
    ${text ? html`<a href=${text}>${m.textNumber(r.text!, r.textBody)}</a>` : nothing}
    ${tty ? html`<a href=${tty}>${m.ttyNumber(r.tty!)}</a>` : nothing}
    ${web ? external(web, m.website) : nothing} ${chat ? external(chat, m.chat) : nothing}
    ${links.map((l) => external(l.href!, l.label))}
  </div>`;
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
    ${r.callNote ? html`<p class="note">${r.callNote}</p>` : nothing}
    ${r.hours ? html`<p class="note"><strong>${m.hours}</strong> ${r.hours}</p>` : nothing}
    ${r.address ? html`<p class="note">${r.address}</p>` : nothing} ${actions(r, m)}
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
          ${m.verified(formatDate(r.verified, lang))}${r.source ? html` · ${m.source(r.source)}` : nothing}
        </p>`
      : nothing}
  </li>`;
}
