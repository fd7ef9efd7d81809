import type { Messages } from './messages.js';
import type { Translation } from '../records/types.js';

/** A language pack as `dist/lang/<code>.js` registers it: its catalogue already made into functions (compile.ts). */
export interface Pack {
  code: string;
  /** The language's own name, for the language switch. */
  name: string;
  dir?: 'ltr' | 'rtl';
  messages: Partial<Messages>;
  /** Bundled record id -> its words in this language. */
  records?: Record<string, Translation>;
  /** Guide section id -> its words in this language. */
  guide?: Record<string, { title: string; intro: string; points: string[] }>;
  /** Record or guide section id -> more words to search by in this language. */
  aliases?: Record<string, string[]>;
}

/*
 * The page-wide store of packs, under a registered symbol, as records/baked.ts does: a pack loaded before the
 * finder leaves its catalogue here, and one loaded after also calls the listeners. Its shape is the packs'
 * contract (scripts/build-langs.mjs writes to it): keep `packs` and `listeners` as they are.
 */
interface Store {
  packs: Pack[];
  listeners: Set<() => void>;
}
const store = ((globalThis as unknown as Record<symbol, Store>)[Symbol.for('oud-support-finder.langs')] ??= { packs: [], listeners: new Set() });

/** The pack for a language code, the last one added winning. */
export const packFor = (code: string): Pack | undefined => store.packs.filter((p) => p.code === code).pop();

/** Every pack's code, in the order they came (a code twice where a pack was corrected). */
export const packCodes = (): string[] => store.packs.map((p) => p.code);

/** Calls `listener` whenever a pack arrives. */
export const onPack = (listener: () => void) => store.listeners.add(listener);
