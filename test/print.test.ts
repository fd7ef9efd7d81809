import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { printList, printStyles } from '../src/ui/print.js';

/*
 * A small host shaped like the finder (same parts, colourful screen styles) that adopts printStyles, seen
 * through the print media type.
 */
class PrintHost extends LitElement {
  static override styles = [
    css`
      :host {
        display: block;
        color: #1b1b1b;
        background: #fffbe6;
      }
      .card {
        background: #eef;
        color: navy;
        box-shadow: 0 2px 4px #888;
        border: 2px solid teal;
        border-radius: 8px;
      }
      .emergency a,
      .actions a {
        display: inline-block;
        background: #0b5cad;
        color: #fff;
        padding: 0.75rem 1rem;
        border-radius: 999px;
        min-height: 48px;
      }
    `,
    printStyles,
  ];

  override render() {
    return html`<section class="emergency" part="emergency">
        <h2>If this is an emergency</h2>
        <a href="tel:911">Call 911</a> <a href="tel:988">Call or text 988</a>
      </section>
      <div role="search"><label>Search <input part="search" type="search" /></label></div>
      <details part="filters" open><summary>Filters</summary><label><input type="checkbox" /> Free</label></details>
      <p part="status" role="status">2 results</p>
      <button type="button">Print this list</button>
      <ul part="results">
        ${['na', 'samhsa'].map(
          (id) => html`<li class="card" part="result" data-id=${id}>
            <h3 part="result-title">${id}</h3>
            <div class="actions" part="result-actions">
              <a href="tel:+18006624357">Call 1-800-662-4357</a>
              <a href="https://na.org" data-print="https://na.org">Website</a>
            </div>
            <div part="qr"><svg role="img" aria-label="QR code" viewBox="0 0 1 1"><path d="M0 0h1v1H0z" /></svg></div>
            <details>
              <summary>How to reach them</summary>
              <ol><li>Call the number.</li></ol>
            </details>
          </li>`,
        )}
      </ul>`;
  }
}
customElements.define('print-test-host', PrintHost);

const render = () => fixture<PrintHost>(html`<print-test-host></print-test-host>`);
const $ = (el: PrintHost, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const style = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo);
const BLACK = 'rgb(0, 0, 0)';
const NONE = 'rgba(0, 0, 0, 0)';

describe('printStyles', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('changes nothing on screen', async () => {
    const el = await render();
    expect(style($(el, '[role="search"]')).display).to.equal('block');
    expect(style($(el, '.card')).backgroundColor).to.equal('rgb(238, 238, 255)');
    expect(style($(el, '[data-print]'), '::after').content).to.equal('none');
    expect($(el, '.card details ol').checkVisibility(), 'steps wait until asked for').to.equal(false);
  });

  it('hides the search box, filters, buttons and QR codes', async () => {
    const el = await render();
    await emulateMedia({ media: 'print' });
    for (const selector of ['[role="search"]', '[part="filters"]', 'button', '[part="qr"]']) {
      expect(style($(el, selector)).display, selector).to.equal('none');
    }
  });

  it('prints black on white: no backgrounds or shadows, black borders round each card', async () => {
    const el = await render();
    await emulateMedia({ media: 'print' });
    expect(style(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    const card = style($(el, '.card'));
    expect([card.color, card.backgroundColor, card.boxShadow]).to.deep.equal([BLACK, NONE, 'none']);
    expect([card.borderTopStyle, card.borderTopColor]).to.deep.equal(['solid', BLACK]);
    expect(card.breakInside, 'a card stays on one page').to.equal('avoid');
    expect(style($(el, 'h3')).color).to.equal(BLACK);
  });

  it('keeps the emergency numbers as plain text, without their button look', async () => {
    const el = await render();
    await emulateMedia({ media: 'print' });
    const call = $(el, '.emergency a');
    const look = style(call);
    expect([look.color, look.backgroundColor, look.paddingLeft]).to.deep.equal([BLACK, NONE, '0px']);
    expect(call.checkVisibility()).to.equal(true);
    expect($(el, '.emergency').textContent).to.contain('Call 911').and.contain('988');
  });

  it('writes out link targets after the link', async () => {
    const el = await render();
    await emulateMedia({ media: 'print' });
    expect(style($(el, '[data-print]'), '::after').content).to.equal('": https://na.org"');
    expect(style($(el, '.actions a')).display, 'one number or address a line').to.equal('block');
  });

  it('prints the how-to steps of a closed card, without the disclosure marker', async () => {
    const el = await render();
    await emulateMedia({ media: 'print' });
    const details = $(el, '.card details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(details.querySelector('ol')!.checkVisibility(), 'the steps are on paper').to.equal(true);
    expect(style(details.querySelector('summary')!).display, 'a block has no list marker').to.equal('block');
  });

  it('hides cards marked data-print-hide', async () => {
    const el = await render();
    $(el, '[data-id="na"]').setAttribute('data-print-hide', '');
    expect(style($(el, '[data-id="na"]')).display, 'on screen').to.equal('list-item');
    await emulateMedia({ media: 'print' });
    expect(style($(el, '[data-id="na"]')).display).to.equal('none');
    expect(style($(el, '[data-id="samhsa"]')).display).not.to.equal('none');
  });
});

describe('printList', () => {
  const original = window.print;
  let hiddenWhenPrinted: string[][];
  const hidden = (el: PrintHost) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-print-hide]')].map((card) => card.dataset.id!);

  afterEach(() => {
    window.print = original;
  });

  async function setUp(print?: () => void) {
    const el = await render();
    hiddenWhenPrinted = [];
    window.print = print ?? (() => hiddenWhenPrinted.push(hidden(el)));
    return el;
  }

  it('prints every card when none are chosen', async () => {
    const el = await setUp();
    printList(el);
    printList(el, []);
    expect(hiddenWhenPrinted).to.deep.equal([[], []]);
  });

  it('prints only the chosen cards, then shows them all again after printing', async () => {
    const el = await setUp();
    printList(el, ['samhsa']);
    expect(hiddenWhenPrinted).to.deep.equal([['na']]);
    expect(hidden(el), 'until afterprint').to.deep.equal(['na']);
    window.dispatchEvent(new Event('afterprint'));
    expect(hidden(el)).to.deep.equal([]);
  });

  it('starts from a clean page when an earlier print never finished', async () => {
    const el = await setUp();
    printList(el, ['samhsa']);
    printList(el, ['na']);
    expect(hiddenWhenPrinted).to.deep.equal([['na'], ['samhsa']]);
    window.dispatchEvent(new Event('afterprint'));
    expect(hidden(el)).to.deep.equal([]);
  });

  it('never throws, and leaves no card hidden when printing fails', async () => {
    const el = await setUp(() => {
      throw new Error('printing is blocked');
    });
    expect(() => printList(el, ['na'])).not.to.throw();
    expect(hidden(el)).to.deep.equal([]);
    expect(() => printList(document.createElement('div'), ['na'])).not.to.throw();
    expect(() => printList(null as unknown as HTMLElement)).not.to.throw();
  });
});
