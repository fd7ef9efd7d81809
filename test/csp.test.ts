import { expect } from '@open-wc/testing';

/*
 * A page served with "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'" (by
 * test/server/feeds.mjs) loads the built classic script, shows a kiosk finder and one reading a feed, and
 * reports every violation.
 */
describe('host: a strict Content Security Policy', () => {
  it('reports no violation and still shows results', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/csp/strict.html';
    frame.style.width = '1000px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { violations: string[] };
    const [kiosk, fed] = [...frame.contentDocument!.querySelectorAll('oud-support-finder')];
    for (let i = 0; i < 50 && !fed.shadowRoot?.querySelector('[data-id="sunrise-serenity-1"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(win.violations).to.deep.equal([]);
    expect(kiosk.shadowRoot!.querySelectorAll('[part~="result"]').length, 'the first page of cards').to.equal(20);
    expect(kiosk.shadowRoot!.querySelector('[role="status"]')!.textContent, 'every national record').to.match(/^3\d results$/);
    kiosk.shadowRoot!.querySelector<HTMLButtonElement>('.qr-toggle')!.click();
    await (kiosk as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(kiosk.shadowRoot!.querySelector('[part="qr"] svg'), 'QR codes draw under the policy').to.exist;
    expect(fed.shadowRoot!.querySelector('[data-id="sunrise-serenity-1"]'), 'the same-origin feed loads').to.exist;
    expect(getComputedStyle(kiosk.shadowRoot!.querySelector('.card')!).borderTopStyle, 'styles apply').to.equal('solid');
    frame.remove();
  });
});
