import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { IdleController } from '../src/kiosk/idle-controller.js';
import type { IdleOptions } from '../src/kiosk/idle-controller.js';

/*
 * Real timers with short, scaled times: a timeout of 0.6 s warns for its last 0.3 s. Waits leave wide
 * margins around each moment so that a busy machine does not make the tests flaky.
 */

type Call = 'active' | 'reset' | number;

/** A tiny host that records what its controller asks for. */
class IdleHost extends LitElement {
  calls: Call[] = [];
  idle = new IdleController(this, {
    timeout: 0.6,
    warnFor: 0.3,
    onWarn: (left) => this.calls.push(left),
    onReset: () => this.calls.push('reset'),
    onActive: () => this.calls.push('active'),
  } satisfies IdleOptions);

  override render() {
    return html`<button>Stay</button>`;
  }
}
customElements.define('idle-test-host', IdleHost);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const touch = (target: EventTarget) => target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
const render = async () => {
  const el = await fixture<IdleHost>(html`<idle-test-host></idle-test-host>`);
  touch(el); // the controller sleeps until someone is there
  return el;
};

describe('IdleController', () => {
  it('warns before the reset, then resets', async () => {
    const el = await render();
    await sleep(150);
    expect(el.calls, 'nothing during the quiet spell').to.deep.equal([]);
    await sleep(300);
    expect(el.calls, 'the warning, with whole seconds left').to.deep.equal([1]);
    await sleep(400);
    expect(el.calls).to.deep.equal([1, 'reset']);
  });

  it('postpones the reset while someone is active, on the host or anywhere on the page', async () => {
    const el = await render();
    for (const target of [el, document.body, el, document, el.shadowRoot!.querySelector('button')!]) {
      await sleep(200);
      touch(target);
    }
    for (const type of ['pointermove', 'touchstart', 'wheel']) {
      await sleep(200);
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
    }
    await sleep(200);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(el.calls, '1.8 s of activity, 0.2 s apart').to.deep.equal([]);
    await sleep(900);
    expect(el.calls).to.deep.equal([1, 'reset']);
  });

  it('cancels the warning when someone touches, and counts again from there', async () => {
    const el = await render();
    await sleep(450);
    expect(el.calls).to.deep.equal([1]);
    touch(document.body);
    expect(el.calls).to.deep.equal([1, 'active']);
    await sleep(200);
    expect(el.calls, 'no reset: the touch started a new count').to.deep.equal([1, 'active']);
    await sleep(700);
    expect(el.calls).to.deep.equal([1, 'active', 1, 'reset']);
  });

  it('counts down every second, over the last half of a timeout shorter than twice the warning', async function () {
    this.timeout(6000);
    const el = await render();
    const calls: Call[] = [];
    // The default warning is 10 s; a 2.5 s timeout warns for its last 1.25 s instead: 2, then 1.
    new IdleController(el, {
      timeout: 2.5,
      onWarn: (left) => calls.push(left),
      onReset: () => calls.push('reset'),
      onActive: () => calls.push('active'),
    });
    touch(el);
    await sleep(1100);
    expect(calls, 'still quiet at 1.1 s').to.deep.equal([]);
    await sleep(300);
    expect(calls, 'the warning at 1.25 s').to.deep.equal([2]);
    await sleep(1400);
    expect(calls).to.deep.equal([2, 1, 'reset']);
  });

  it('sleeps after a reset until someone is there again', async () => {
    const el = await render();
    await sleep(800);
    expect(el.calls).to.deep.equal([1, 'reset']);
    await sleep(1000);
    expect(el.calls, 'no second reset on an untouched screen').to.deep.equal([1, 'reset']);
    touch(el);
    await sleep(800);
    expect(el.calls).to.deep.equal([1, 'reset', 1, 'reset']);
  });

  it('is not woken by focus moving, as the host does on a reset', async () => {
    const el = await fixture<IdleHost>(html`<idle-test-host></idle-test-host>`);
    el.shadowRoot!.querySelector('button')!.focus();
    await sleep(800);
    expect(el.calls).to.deep.equal([]);
  });

  it('keeps focus from cancelling the warning', async () => {
    const el = await render();
    await sleep(450);
    el.shadowRoot!.querySelector('button')!.focus();
    await sleep(350);
    expect(el.calls).to.deep.equal([1, 'reset']);
  });

  it('never fires with a timeout of 0', async () => {
    const el = await render();
    el.idle.timeout = 0;
    touch(el);
    await sleep(800);
    expect(el.calls).to.deep.equal([]);
    expect(el.idle.timeout).to.equal(0);
  });

  it('takes bad timeouts as 0', () => {
    const el = document.createElement('idle-test-host') as IdleHost;
    for (const bad of [-5, NaN, Infinity]) {
      el.idle.timeout = bad;
      expect(el.idle.timeout, String(bad)).to.equal(0);
    }
  });

  it('hides a warning that a new timeout cancels', async () => {
    const el = await render();
    await sleep(450);
    el.idle.timeout = 10;
    expect(el.calls).to.deep.equal([1, 'active']);
    await sleep(400);
    expect(el.calls).to.deep.equal([1, 'active']);
  });

  it('stops when the host leaves the page: no callbacks and no listeners after removal', async () => {
    const el = await render();
    await sleep(450);
    expect(el.calls).to.deep.equal([1]);
    el.remove();
    await sleep(400);
    touch(document.body);
    touch(el);
    await sleep(800);
    expect(el.calls).to.deep.equal([1]);
  });

  it('starts again when the host comes back', async () => {
    const el = await render();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    touch(el);
    await sleep(800);
    expect(el.calls).to.deep.equal([1, 'reset']);
  });
});
