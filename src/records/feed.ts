import { adaptSteps } from './feeds/formats.js';
import { parseSteps } from './parse.js';
import { sliced } from './slices.js';
import type { Adapted, NotAdapted } from './feeds/formats.js';
import type { Steps } from './slices.js';

/**
 * Why a feed gave nothing, as the `osf-data-error` event's `detail.reason`: `needs-reader` for a Meeting Guide, HSDS
 * or BMLT feed on a page without `oud-support-finder-feeds.js`.
 */
export type FeedFailure = 'missing' | 'timeout' | 'too-large' | 'not-json' | 'wrong-shape' | 'needs-reader' | 'other-origin';

export type FeedResult = Adapted | { reason: FeedFailure; message: string };

export interface FeedOptions {
  format?: string | null;
  timeoutMs: number;
  maxBytes: number;
}

/** The largest feed or records file read, in bytes: the finder's `src` and the `check` and `bundle` commands. */
export const MAX_FEED_BYTES = 10_000_000;
/** The longest delay browsers keep for a timer (2^31 - 1 ms); a longer one would fire at once. */
export const MAX_DELAY = 2 ** 31 - 1;

const fail = (reason: FeedFailure, message: string): FeedResult => ({ reason, message });

/**
 * Fetches a feed once: no cookies, no referrer, an overall time limit, a size limit read as the bytes arrive,
 * and no following redirects to another origin. Resolves with records or a reason; never rejects.
 */
export async function loadFeed(src: string, options: FeedOptions): Promise<FeedResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.min(options.timeoutMs, MAX_DELAY));
  try {
    const url = new URL(src, document.baseURI);
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
    if (response.redirected && new URL(response.url).origin !== url.origin) {
      return fail('other-origin', `was redirected to another site (${new URL(response.url).origin})`);
    }
    if (!response.ok) return fail('missing', `could not be loaded (HTTP ${response.status})`);
    const text = await readCapped(response, options.maxBytes);
    if (text === undefined) return fail('too-large', `is larger than ${Math.round(options.maxBytes / 1e6)} MB`);
    const read = await new Promise<FeedResult | NotAdapted>((done) => sliced(readSteps(text, options.format ?? 'auto'), done));
    return 'error' in read ? fail(read.reader ? 'needs-reader' : 'wrong-shape', read.error) : read;
  } catch {
    return controller.signal.aborted
      ? fail('timeout', `did not answer within ${options.timeoutMs / 1000} seconds`)
      : fail('missing', 'could not be reached');
  } finally {
    clearTimeout(timer);
  }
}

/** Parses the text, then adapts it, both in steps: a text that is not JSON fails with `not-json`. */
function* readSteps(text: string, format: string): Steps<FeedResult | NotAdapted> {
  let json: unknown;
  try {
    // Up to 2 MB, one JSON.parse is a task of 10 to 40 ms here: quicker in all than pieces.
    json = text.length < 2e6 ? JSON.parse(text) : yield* parseSteps(text);
  } catch {
    return fail('not-json', 'is not JSON');
  }
  return yield* adaptSteps(json, format);
}

/** Reads the body as text, or gives up (undefined) as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // Each part is decoded as it comes, not 10 MB in one task at the end.
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
