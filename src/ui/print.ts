import { css } from 'lit';

/*
 * A printed list is something to take away: black text on white paper, every phone number and web address
 * written out, nothing to click. Add `printStyles` after the finder's own styles. Declarations are
 * `!important` because a shadow root's important rules win over the host page's `::part()` rules and
 * theme, which must not colour the paper.
 *
 * What the element renders for print:
 * - `data-print="…"` on a link whose visible text does not say where it goes ("Website", "Chat"): the
 *   address is written after it. Call and Text links already show their numbers.
 * - `data-print-hide` on a card hides it (printList sets it); `class="no-print"` hides anything else.
 * - The how-to steps stay in <details>: `::details-content` opens closed ones on paper (Chromium 131,
 *   Safari 18.4, Firefox 143); older browsers print them closed.
 */
export const printStyles = css`
  @media print {
    :host {
      color: #000 !important;
      background: #fff !important;
      font-size: 11pt !important;
    }
    *,
    *::before,
    *::after {
      color: #000 !important;
      background: none !important;
      box-shadow: none !important;
      text-shadow: none !important;
      border-color: #000 !important;
    }
    .print-only {
      display: block !important;
      font-weight: bold;
    }
    .status-row,
    [role='toolbar'],
    .skip,
    [role='search'],
    [part~='search'],
    [part~='filters'],
    [part~='qr'],
    [part~='guide'],
    [part~='guided-start'],
    [part~='language-switch'],
    [part~='idle-prompt'],
    .hint,
    button,
    .no-print,
    [data-print-hide] {
      display: none !important;
    }
    /* Links drawn as buttons on screen become plain text: "Call 988" keeps its words and number. */
    a {
      text-decoration: none !important;
      border: 0 !important;
      padding: 0 !important;
      min-height: 0 !important;
      min-width: 0 !important;
      overflow-wrap: anywhere;
    }
    [part~='result-actions'] a {
      display: block !important;
    }
    [data-print]::after {
      content: ': ' attr(data-print);
    }
    [part~='result'] {
      border: 1px solid !important;
      border-radius: 0 !important;
      padding: 0.5em !important;
      break-inside: avoid;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    details::details-content {
      content-visibility: visible !important;
      display: block !important;
    }
    summary {
      display: block !important;
      font-weight: bold;
    }
    summary::-webkit-details-marker {
      display: none;
    }
  }
`;

/**
 * Prints the finder's results, or only the cards whose `data-id` is in `ids` (none or an empty list prints
 * them all). Other cards are marked `data-print-hide` until the browser says printing is over. Never
 * throws: printing is a convenience and must not break the finder.
 */
export function printList(host: HTMLElement, ids?: string[]): void {
  let cards: HTMLElement[] = [];
  const unmark = () => cards.forEach((card) => card.removeAttribute('data-print-hide'));
  try {
    cards = [...(host.shadowRoot?.querySelectorAll<HTMLElement>('[part~="result"]') ?? [])];
    // A print that never sent afterprint (some mobile browsers) must not leave cards hidden for this one.
    unmark();
    if (ids?.length) {
      for (const card of cards) if (!ids.includes(card.dataset.id ?? '')) card.setAttribute('data-print-hide', '');
    }
    window.addEventListener('afterprint', unmark, { once: true });
    window.print();
  } catch {
    window.removeEventListener('afterprint', unmark);
    unmark();
  }
}
