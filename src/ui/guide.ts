import { html, nothing } from 'lit';
import type { GuideSection } from '../guide/guide.js';
import type { Messages } from '../i18n/messages.js';
import type { Resource } from '../records/types.js';

/**
 * The guide's practical help as closed sections a person opens. Each names the records it mentions as buttons
 * that search for them.
 */
export function guide(
  m: Messages,
  heading: string,
  sections: readonly GuideSection[],
  records: ReadonlyMap<string, Resource>,
  show: (name: string) => void,
  open = false,
) {
  if (!sections.length) return nothing;
  return html`<section class="guide" part="guide" aria-labelledby="osf-guide-heading">
    <h2 id="osf-guide-heading">${heading}</h2>
    ${sections.map(
      (s, i) => html`<details data-guide=${s.id} ?open=${open && i === 0}>
        <summary>${s.title}</summary>
        <p>${s.intro}</p>
        <ul>
          ${s.points.map((p) => html`<li>${p}</li>`)}
        </ul>
        ${s.related.length
          ? html`<p class="related">
              ${m.guideRelated}
              ${s.related
                .map((id) => records.get(id))
                .filter((r): r is Resource => Boolean(r))
                .map((r) => html`<button type="button" class="link" @click=${() => show(r.name)}>${r.name}</button>`)}
            </p>`
          : nothing}
      </details>`,
    )}
  </section>`;
}
