import { FACTS, facts } from './bundled-facts.js';
import { en } from './en.js';
import { PARAMS, compile, normalize } from './compile.js';
import type { Pack } from './packs.js';

/*
 * Host catalogues, the entry of dist/lang/catalogues.js: a page adds or corrects a language with the same JSON
 * as a pack's source, inline in the finder (`<script type="application/json" data-lang="pl">`) or set as the
 * element's `catalogue` property. It is checked by the pack's rules; what fails a rule is left out with a console
 * warning, and keys left out fall back to English (or to the pack being corrected), reported once.
 */
type Json = Record<string, unknown>;
interface Store {
  packs: Pack[];
  listeners: Set<() => void>;
}
const store = ((globalThis as unknown as Record<symbol, Store>)[Symbol.for('oud-support-finder.langs')] ??= { packs: [], listeners: new Set() });
const warn = (code: string, text: string) => console.warn(`[oud-support-finder] catalogue “${code}”: ${text}`);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: object, k: string) => Object.hasOwn(o, k);
const CLDR = ['zero', 'one', 'two', 'few', 'many', 'other'];
const TABLES: Record<string, string[]> = { weekly: ['days'], guidedWhy: ['who', 'needs', 'way'] };

/** Why a message breaks the format, or undefined when it keeps it. */
function messageProblem(key: string, given: unknown): string | undefined {
  const english = (en as unknown as Json)[key];
  if (typeof english === 'string') return typeof given === 'string' && given.trim() ? undefined : 'should be text';
  if (key === 'languageName') return isObject(given) ? undefined : 'should be a map of language codes to names';
  if (typeof english === 'object') {
    if (!isObject(given)) return 'should be an object of words';
    const wrong = Object.keys(given).find((k) => !own(english as object, k) || typeof given[k] !== 'string');
    return wrong === undefined ? undefined : `has “${wrong}”, which is not one of its words`;
  }
  const names = PARAMS[key].split(' ');
  const templates = typeof given === 'string' ? [given] : isObject(given) ? Object.entries(given) : undefined;
  if (!templates) return 'should be a template or a choice of templates';
  if (isObject(given) && typeof given.other !== 'string') return 'needs an "other" template';
  for (const entry of templates) {
    const [choice, template] = typeof entry === 'string' ? ['other', entry] : entry;
    if (TABLES[key]?.includes(choice)) continue;
    if (!names.includes(choice) && !CLDR.includes(choice) && !/^\d+$/.test(choice)) return `has the choice “${choice}”, which is not a parameter, a number or a plural category`;
    if (typeof template !== 'string') return `“${choice}” should be a template`;
    const unknown = [...template.matchAll(/\{(\w+)\}/g)].find(([, name]) => !names.includes(name));
    if (unknown) return `has {${unknown[1]}}; use ${names.map((n) => `{${n}}`).join(', ')}`;
  }
  return undefined;
}

/** The parts of a catalogue that keep the rules, with a warning for each part left out. */
export function checkCatalogue(code: string, json: unknown, base?: Pack): Pack | undefined {
  if (!isObject(json)) {
    warn(code, 'should be a JSON object like a language pack (docs/translations.md); it is ignored');
    return undefined;
  }
  const given = isObject(json.messages) ? json.messages : {};
  const messages: Json = {};
  for (const [key, value] of Object.entries(given)) {
    const problem = own(en, key) ? messageProblem(key, value) : 'is not a message the finder has';
    if (problem) warn(code, `messages.${key} ${problem}; it is left out`);
    else messages[key] = isObject(value) && typeof (en as unknown as Json)[key] === 'object' ? { ...((en as unknown as Json)[key] as Json), ...value } : value;
  }
  const missing = Object.keys(en).filter((key) => !own(messages, key));
  if (!base && missing.length) warn(code, `no words for ${missing.join(', ')}: English is shown for them`);

  const records: Json = {};
  for (const [id, words] of Object.entries(isObject(json.records) ? json.records : {})) {
    const english = own(FACTS.records, id) ? FACTS.records[id] : undefined;
    const wrong = !english || !isObject(words) ? 'is not a bundled record' : Object.keys(words).find((f) => !own(english, f) || facts(words[f]) !== english[f]);
    if (wrong) warn(code, `records.${id} ${wrong === 'is not a bundled record' ? wrong : `.${wrong} is not a field it translates, or its numbers and links differ from the English`}; it is left out`);
    else records[id] = words;
  }
  const guide: Json = {};
  for (const [id, words] of Object.entries(isObject(json.guide) ? json.guide : {})) {
    if (own(FACTS.guide, id) && isObject(words) && typeof words.title === 'string' && typeof words.intro === 'string' && Array.isArray(words.points) && facts(words) === FACTS.guide[id]) guide[id] = words;
    else warn(code, `guide.${id} should be a guide section's title, intro and points, with its numbers; it is left out`);
  }
  const aliases = isObject(json.aliases) ? json.aliases : {};
  return {
    code,
    name: typeof json.name === 'string' && json.name.trim() ? json.name : (base?.name ?? code),
    dir: json.dir === 'rtl' || (!json.dir && base?.dir === 'rtl') ? 'rtl' : undefined,
    messages: { ...base?.messages, ...compile(normalize(messages), code) },
    records: { ...base?.records, ...(records as Pack['records']) },
    guide: { ...base?.guide, ...(guide as Pack['guide']) },
    aliases: { ...base?.aliases, ...(aliases as Pack['aliases']) },
  };
}

/** Adds a host's catalogue to the page's languages (over the pack of that language, if one came first). */
export function addCatalogue(code: string, json: unknown) {
  const pack = checkCatalogue(code, json, store.packs.filter((p) => p.code === code).pop());
  if (!pack) return;
  store.packs.push(pack);
  store.listeners.forEach((listener) => listener());
}

const seen = new WeakSet<Element>();
/** Reads every finder's inline catalogues not read yet. */
function readInline() {
  for (const script of document.querySelectorAll('oud-support-finder > script[type="application/json"][data-lang]')) {
    if (seen.has(script)) continue;
    seen.add(script);
    const code = script.getAttribute('data-lang')!;
    try {
      addCatalogue(code, JSON.parse(script.textContent ?? ''));
    } catch {
      warn(code, 'is not valid JSON; it is ignored');
    }
  }
}

/** Reads the catalogues on the page now and once it has loaded, and gives every finder a `catalogue` property. */
export function start() {
  readInline();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', readInline);
  customElements.whenDefined('oud-support-finder').then(() => {
    Object.defineProperty(customElements.get('oud-support-finder')!.prototype, 'catalogue', {
      configurable: true,
      set(this: HTMLElement, json: unknown) {
        addCatalogue(isObject(json) && typeof json.code === 'string' ? json.code : this.lang, json);
      },
    });
  });
}
