import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { correction, generate } from 'lean-qr/nano';

/*
 * QR codes drawn in the page, with no network: lean-qr's "nano" build (about 2.2 kB gzipped) makes the module
 * matrix and we turn it into one SVG path. Nano encodes every text as UTF-8 bytes, which suits web addresses
 * and tel: links.
 */

/** Light modules every scanner needs around a code (ISO 18004). */
const QUIET = 4;

const drawn = new Map<string, { size: number; d: string } | undefined>();

function encode(text: string) {
  try {
    // Level M survives a scuffed or glare-struck screen and still keeps codes for addresses small.
    return generate(text, { minCorrectionLevel: correction.M });
  } catch {
    return undefined; // too long: lean-qr throws rather than returning
  }
}

/**
 * The dark modules of `text` as one SVG path, in a square of `size` units that includes the quiet zone.
 * Undefined when there is nothing to encode or the text is too long for any QR code (about 2,300 bytes).
 */
export function qrPath(text: string): { size: number; d: string } | undefined {
  // A kiosk draws two codes a card on every render (about half a millisecond each): remember them.
  if (drawn.has(text)) return drawn.get(text);
  if (drawn.size > 200) drawn.clear();
  const qr = draw(text);
  drawn.set(text, qr && Object.freeze(qr));
  return qr;
}

function draw(text: string) {
  const code = text ? encode(text) : undefined;
  if (!code) return undefined;
  // One rectangle per horizontal run of dark modules keeps the path short.
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      const start = x;
      while (code.get(x + 1, y)) x++;
      d += `M${start + QUIET} ${y + QUIET}h${x - start + 1}v1H${start + QUIET}z`;
    }
  }
  return { size: code.size + 2 * QUIET, d };
}

/**
 * An accessible SVG QR code for `text`, black on white whatever the page's theme (scanners need contrast),
 * sized by CSS. An empty template when the text cannot be encoded.
 */
export function qrSvg(text: string, label: string): TemplateResult {
  const qr = qrPath(text);
  if (!qr) return html``;
  return html`<svg role="img" aria-label=${label} viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges">
    <rect width="100%" height="100%" fill="#fff" />
    <path fill="#000" d=${qr.d} />
  </svg>`;
}
