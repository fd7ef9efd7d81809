import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { OpenAction } from '../events.js';
import type { Resource } from '../records/types.js';
import { mapsHref, smsHref, telHref, webHref } from './links.js';
import { qrSvg } from './qr.js';
import { describeSchedule } from './schedule.js';
import { meetingDetails } from './meeting-details.js';
import { joinOf } from '../filters/on-now.js';
import type { Live } from '../filters/on-now.js';
import { calendarButton } from './calendar.js';
import { noteLang, sourceLine } from './source-line.js';

/** What every card needs besides its record. */
export interface CardContext {
  m: Messages;
  lang: string;
  hostName: string;
  now: Date;
  /** The finder's `timezone`: the zone of meetings that name none. */
  zone?: string;
  /** Kiosk mode: numbers and addresses written out large, no link leaves the page. */
  kiosk: boolean;
  /** Cards whose QR codes a person opened. */
  qrOpen: ReadonlySet<string>;
  /** Cards a person marked for the printed list. */
  marked: ReadonlySet<string>;
  toggleQr(id: string): void;
  mark(id: string, on: boolean): void;
  /** A person opened a link or the QR codes of a card. */
  opened(id: string, action: OpenAction): void;
  /** How far a record is ("0.8 mi away"), with a place known. */
  far?: (r: Resource) => string | undefined;
  /** Where a card's place opens for directions: `google`, `apple`, `osm` or `none`. */
  maps?: string;
  /** The meetings on now or soon, by id. */
  live?: ReadonlyMap<string, Live>;
}

interface Action {
  href: string;
  label: string;
  /** A web page, which opens in a new tab and is written out on paper. */
  web?: boolean;
}

/** A record's small facts, most useful first; the closed card shows three ("Helpline · Open 24/7 · Free"). */
export function facts(r: Resource, { m, hostName, far }: Pick<CardContext, 'm' | 'hostName' | 'far'>): string[] {
  return [
    m.kinds[r.kind],
    far?.(r),
    r.local && (r.local === 'area' ? m.nearby : m.local(hostName)),
    r.open247 && m.open247,
    (r.cost === 'free' || r.cost === 'donations') && m.free,
    r.medicationFriendly && m.medicationFriendly,
    r.languages.length > 0 && r.languages.map(m.languageName).join(', '),
  ].filter((fact): fact is string => Boolean(fact));
}

/** Every way to reach a record, the one to show on the closed card first: Call, else Text, else Website. */
function actionsOf(r: Resource, m: Messages): Action[] {
  const all: (Action | false | undefined)[] = [
    !!r.phone && { href: telHref(r.dial ?? r.phone)!, label: m.callNumber(r.phone) },
    !!r.text && { href: smsHref(r.text, r.textBody)!, label: m.textNumber(r.text, r.textBody, r.textSend) },
    !!r.url && { href: webHref(r.url)!, label: m.website, web: true },
    !!r.chatUrl && { href: webHref(r.chatUrl)!, label: m.chat, web: true },
    ...r.extraPhones.map((p) => ({ href: telHref(p.phone)!, label: `${p.label}: ${p.phone}` })),
    !!r.tty && { href: telHref(r.tty)!, label: m.ttyNumber(r.tty) },
    ...r.links.map((l) => ({ href: webHref(l.url)!, label: l.label, web: true })),
  ];
  return all.filter((a): a is Action => !!a && !!a.href);
}

function action(r: Resource, a: Action, { m, kiosk, opened }: CardContext, primary = false) {
  // On a kiosk nothing can be dialled or opened: the number or address is written out, large, to take away.
  if (kiosk) return html`<span class="contact">${a.web ? `${a.label}: ${a.href.replace(/^https?:\/\/|\/$/g, '')}` : a.label}</span>`;
  const kind: OpenAction = a.web ? 'web' : a.href.startsWith('sms:') ? 'text' : 'call';
  return a.web
    ? html`<a class=${primary ? 'primary' : ''} href=${a.href} target="_blank" rel="noopener noreferrer" data-print=${a.href}
        @click=${() => opened(r.id, kind)}>${a.label}<span class="visually-hidden"> ${m.newTab}</span></a>`
    : html`<a class=${primary ? 'primary' : ''} href=${a.href} @click=${() => opened(r.id, kind)}>${a.label}</a>`;
}

/** QR codes for the web address and the phone number, to take away on a phone: a small button, kiosks and wide screens only. */
function codes(r: Resource, { m, qrOpen, toggleQr, opened }: CardContext) {
  const web = webHref(r.url);
  const call = r.phone ? telHref(r.phone) : undefined;
  if (!web && !call) return nothing;
  const open = qrOpen.has(r.id);
  return html`<button type="button" class="small qr-toggle no-print" aria-expanded=${open ? 'true' : 'false'}
      @click=${() => {
        if (!open) opened(r.id, 'qr');
        toggleQr(r.id);
      }}>${open ? m.qrHide : m.qrShow}</button>
    ${open
      ? html`<div class="qr" part="qr">
          ${web ? html`<figure>${qrSvg(web, m.qrWebsite(r.name))}<figcaption>${m.website}</figcaption></figure>` : nothing}
          ${call ? html`<figure>${qrSvg(call, m.qrCall(r.phone!))}<figcaption>${m.callNumber(r.phone!)}</figcaption></figure>` : nothing}
        </div>`
      : nothing}`;
}

/**
 * One result, light when closed: name, summary, a few facts, one action. "How to start" opens the rest: other
 * ways to reach them, the steps, what you could say, hours, place, and when the facts were checked. Its root
 * carries `part="result"` and `data-id` so hosts and tests can find it.
 */
export function resultCard(r: Resource, context: CardContext) {
  const { m, lang } = context;
  const schedule = r.schedule.length ? describeSchedule(r.schedule, m, lang, context.now, r.timezone || context.zone) : undefined;
  // A service's weekly times are its opening hours, not meetings: a service kind, or an HSDS feed's service.
  const hours = r.local == 'area' ? r.kind != 'meeting' : !/^(meeting|mutual-aid|family-group|event|other)$/.test(r.kind);
  const live = context.live?.get(r.id);
  // An online meeting on now is joined from the closed card.
  const join = live?.left && webHref(joinOf(r));
  const [first, ...rest] = join ? [{ href: join, label: m.join, web: true }, ...actionsOf(r, m).filter((a) => a.href !== join)] : actionsOf(r, m);
  const all = facts(r, context);
  // Directions open the place in a maps app only when pressed; a kiosk, where nothing leaves the page, has none.
  const directions = context.kiosk ? undefined : mapsHref(context.maps, r);
  return html`<li class="card" part="result" data-id=${r.id} tabindex="-1">
    <h3 part="result-title">${r.name}</h3>
    ${r.summary ? html`<p class="summary">${r.summary}</p>` : nothing}
    <p class="facts">${all.slice(0, 3).join(' · ')}</p>
    ${schedule ? html`<p class="schedule">${live ? html`<strong class="no-print">${m.live(live)} · </strong>` : nothing}${hours ? `${m.hours} ${schedule.all}` : (schedule.next ?? schedule.all)}</p>` : nothing}
    ${first ? html`<div class="actions" part="result-actions">${action(r, first, context, true)}</div>` : nothing}
    <details class="more-info">
      <summary>${m.howToHeading}</summary>
      <div class="details">
        ${rest.length ? html`<div class="actions" part="result-actions">${rest.map((a) => action(r, a, context))}</div>` : nothing}
        ${meetingDetails(r, m)}
        ${r.howTo.length ? html`<ol>${r.howTo.map((step) => html`<li>${step}</li>`)}</ol>` : nothing}
        ${r.say
          ? html`<p class="say-heading"><strong>${m.sayHeading}</strong></p>
              <blockquote class="say">${r.say}</blockquote>`
          : nothing}
        ${schedule?.next && !hours ? html`<p class="note">${schedule.all}</p>` : nothing}
        ${schedule && !hours && !context.kiosk ? calendarButton(r, m, context.zone ?? '') : nothing}
        ${r.callNote ? html`<p class="note" lang=${noteLang(r)}>${r.callNote}</p>` : nothing}
        ${r.hours ? html`<p class="note"><strong>${m.hours}</strong> ${r.hours}</p>` : nothing}
        ${r.address ? html`<p class="note">${r.address}</p>` : nothing}
        ${directions ? html`<p class="actions">${action(r, { href: directions, label: m.directions, web: true }, context)}</p>` : nothing}
        ${all.length > 3 ? html`<p class="note">${all.slice(3).join(' · ')}</p>` : nothing}
        ${sourceLine(r, m, lang)}
        <div class="card-tools no-print">
          ${codes(r, context)}
          <label class="mark">
            <input type="checkbox" .checked=${context.marked.has(r.id)}
              @change=${(e: Event) => context.mark(r.id, (e.target as HTMLInputElement).checked)} />
            ${m.markToPrint}
          </label>
        </div>
      </div>
    </details>
  </li>`;
}
