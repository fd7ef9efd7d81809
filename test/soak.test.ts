import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { OudSupportFinder } from '../src/oud-support-finder.js';

/*
 * A kiosk runs all day with no one watching. This drives thousands of random touches, typing and filter
 * changes, with idle resets between rounds, and checks that nothing is logged as an error and that the page
 * holds the same number of nodes after each reset.
 */
const ROUNDS = 4;
const ACTIONS_PER_ROUND = 800;

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const count = (node: Node): number => [...node.childNodes].reduce((sum, child) => sum + count(child), 1) + (node instanceof Element && node.shadowRoot ? count(node.shadowRoot) : 0);
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('kiosk: soak', function () {
  this.timeout(120_000);

  it('survives thousands of random actions and idle resets with no error and no growth', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    const originalPrint = window.print;
    window.print = () => {};
    try {
      const el = await fixture<OudSupportFinder>(html`<oud-support-finder kiosk idle-timeout="1" language-switch></oud-support-finder>`);
      const root = el.shadowRoot!;
      const next = random(20261126);
      const pick = <T>(list: ArrayLike<T>) => list[Math.floor(next() * list.length)];
      const letters = 'abcdefghijklmnopqrstuvwxyz áéñ24/7';
      const sizes: number[] = [];
      let actions = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < ACTIONS_PER_ROUND; i++, actions++) {
          const roll = next();
          if (roll < 0.35) {
            const box = root.querySelector<HTMLInputElement>('input[type="search"]')!;
            box.value = next() < 0.15 ? '' : (box.value + pick(letters)).slice(-12);
            box.dispatchEvent(new Event('input'));
          } else if (roll < 0.6) {
            pick(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]'))?.click();
          } else if (roll < 0.8) {
            pick(root.querySelectorAll<HTMLElement>('summary'))?.click();
          } else {
            pick(root.querySelectorAll<HTMLButtonElement>('button'))?.click();
          }
          el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
          if (i % 50 === 0) await el.updateComplete;
        }
        await el.updateComplete;
        // Nobody touches now: the warning, then the reset (half the timeout each).
        await settle(1400);
        await el.updateComplete;
        expect(root.querySelector<HTMLInputElement>('input[type="search"]')!.value, `round ${round} reset`).to.equal('');
        sizes.push(count(document.body));
      }
      expect(actions).to.equal(ROUNDS * ACTIONS_PER_ROUND);
      expect(errors, 'no error was logged').to.deep.equal([]);
      expect(new Set(sizes).size, `node counts after each reset: ${sizes.join(', ')}`).to.equal(1);
    } finally {
      console.error = originalError;
      window.removeEventListener('error', onError);
      window.print = originalPrint;
    }
  });
});
