import { expect, fixture, html } from '@open-wc/testing';
import type jsQR from 'jsqr';
import { qrPath, qrSvg } from '../src/ui/qr.js';

/*
 * Each code is drawn the way a phone sees it (the SVG as an image on a canvas) and read back by jsQR, a
 * decoder written apart from the encoder, so a wrong module anywhere shows up as a wrong or missing text.
 */

declare global {
  interface Window {
    jsQR?: typeof jsQR;
  }
}

/** jsQR ships only a UMD build: load it as a classic script, which sets `window.jsQR`. */
async function decoder(): Promise<typeof jsQR> {
  if (!window.jsQR) {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
  }
  return window.jsQR!;
}

/** Draws the SVG at `scale` pixels a module and decodes it. */
async function decode(svg: SVGSVGElement, scale = 8): Promise<string | undefined> {
  const side = svg.viewBox.baseVal.width * scale;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(side));
  copy.setAttribute('height', String(side));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, side, side);
  return (await decoder())(pixels.data, side, side)?.data;
}

const render = (text: string, label = 'QR code') => fixture<HTMLDivElement>(html`<div>${qrSvg(text, label)}</div>`);

describe('qrSvg: a QR code a phone can read', () => {
  const texts = [
    'https://na.org',
    'tel:+18006624357',
    'https://findtreatment.gov/locator?sAddr=Dayton%2C%20OH&limitType=2&limitValue=40234',
    'https://example.org/ayuda?q=señal', // UTF-8 bytes, not Latin-1
  ];
  for (const text of texts) {
    it(`encodes ${text}`, async () => {
      const el = await render(text);
      const svg = el.querySelector('svg')!;
      expect(svg.querySelectorAll('path').length, 'one path for every dark module').to.equal(1);
      expect(await decode(svg)).to.equal(text);
    });
  }

  it('is an image with a name, black on white, with crisp edges', async () => {
    const el = await render('https://na.org', 'Scan for the Narcotics Anonymous web site');
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Scan for the Narcotics Anonymous web site');
    expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
    expect(svg.querySelector('rect')!.getAttribute('fill')).to.equal('#fff');
    expect(svg.querySelector('path')!.getAttribute('fill')).to.equal('#000');
    await expect(el).to.be.accessible();
  });

  it('keeps black on white under a dark theme', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div style="color: #fff; background: #000; fill: #fff">${qrSvg('https://na.org', 'QR code')}</div>`,
    );
    const path = el.querySelector('path')!;
    expect(getComputedStyle(path).fill).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el.querySelector('rect')!).fill).to.equal('rgb(255, 255, 255)');
  });

  it('renders nothing for a text it cannot encode', async () => {
    expect((await render('')).querySelector('svg')).to.equal(null);
    expect((await render('x'.repeat(5000))).querySelector('svg')).to.equal(null);
  });
});

describe('qrPath', () => {
  it('leaves a quiet zone of 4 modules on every side', () => {
    const { size, d } = qrPath('https://na.org')!;
    expect((size - 8 - 17) % 4, 'a QR code is 17 + 4 × version modules wide').to.equal(0);
    expect(d.startsWith('M4 4h7v1H4z'), 'the top-left finder pattern starts at (4, 4)').to.equal(true);
    const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
    const bounds = [
      Math.min(...runs.map(([x]) => x)),
      Math.min(...runs.map(([, y]) => y)),
      Math.max(...runs.map(([x, , width]) => x + width)),
      Math.max(...runs.map(([, y]) => y + 1)),
    ];
    expect(bounds, 'dark modules fill the square inside the quiet zone').to.deep.equal([4, 4, size - 4, size - 4]);
  });

  const bad: [string, string][] = [
    ['empty text', ''],
    ['5,000 characters', 'x'.repeat(5000)],
    ['3,000 multi-byte characters', 'ñ'.repeat(3000)],
  ];
  for (const [name, text] of bad) {
    it(`gives undefined for ${name}, without throwing`, () => {
      expect(qrPath(text)).to.equal(undefined);
    });
  }

  it('makes a big code for a long text that still fits', () => {
    const qr = qrPath('x'.repeat(2000))!;
    expect(qr.size, 'version 37 or so').to.be.greaterThan(150);
  });

  it('turns the same text into the same path', () => {
    expect(qrPath('tel:988')).to.deep.equal(qrPath('tel:988'));
  });
});
