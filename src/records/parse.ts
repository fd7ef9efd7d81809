import { FIELDS } from './bare.js';
import type { Steps } from './slices.js';

/** The most fields a big object keeps when parsed in steps (the checks read 100 of a record, the readers 1,000). */
const MAX_PARSED = 1000;

/** The index of the quote that closes the string opening at `i` (one not escaped by an odd run of backslashes), or -1. */
function stringEnd(text: string, i: number): number {
  let j;
  do for (j = i = text.indexOf('"', i + 1); text[j - 1] == '\\'; ) j--;
  while ((i - j) & 1);
  return i;
}

/**
 * `JSON.parse` in steps, for a feed of up to 10 MB: a big array's or object's members are parsed by JSON.parse a
 * piece of about `piece` characters at a time, and a big member the same way (`depth` levels down; deeper nesting
 * is one JSON.parse), with a yield between pieces and while scanning. It gives what JSON.parse gives and throws
 * where JSON.parse throws: every piece is parsed inside brackets, and the outer brackets with the text around them,
 * so a piece cut in the wrong place could only fail, never pass. One difference: an object parsed in pieces keeps
 * its first 1,000 fields, and how many it had (`FIELDS`).
 */
export function* parseSteps(text: string, piece = 8000, depth = 8): Steps<unknown> {
  const start = text.search(/\S/);
  const open = text[start]!;
  if (text.length < 2 * piece || !depth-- || !'[{'.includes(open)) return JSON.parse(text);
  // 1. Find the closing bracket and the commas between members: a cut every `piece` or so, and around a bigger member.
  const cuts = [start];
  let level = 0;
  let member = start;
  let last = start;
  let close = -1;
  for (let i = start, next = i; i < text.length && close < 0; i++) {
    if (i > next) yield (next = i + piece);
    const c = text[i];
    if (c == '"' && (i = stringEnd(text, i)) < 0) break;
    if (c == '[' || c == '{') level++;
    if ((c == ']' || c == '}') && !--level) close = i;
    if ((c == ',' && level == 1) || !level) {
      if (i - member > piece && member > last) cuts.push((last = member));
      if (i - last >= piece || !level) cuts.push((last = i));
      member = i;
    }
  }
  // Never closed: not JSON. Else the outer brackets with the text around them: only white space, and a pair.
  if (close < 0) return JSON.parse(text);
  JSON.parse(text.slice(0, start + 1) + text.slice(close));
  // 2. Parse each piece inside the brackets; a piece that is one big member, by this again (an object's after its key).
  const list = open == '[';
  const out = list ? [] : Object.create(null); // no __proto__ setter while filling
  let fields = 0;
  for (let k = 1; k < cuts.length; k++) {
    const part = text.slice(cuts[k - 1]! + 1, cuts[k]);
    const blank = !part.trim();
    if (blank && cuts[2]) throw SyntaxError();
    const colon = list ? 0 : part.indexOf(':', stringEnd(part, part.indexOf('"'))) + 1;
    const big = part.length >= 2 * piece && !blank;
    // A big member: its key (if any) parsed with a 0 for its value, then its value by this again.
    const value = JSON.parse(open + (big ? part.slice(0, colon) + 0 : part) + text[close]);
    if (big) value[Object.keys(value)[0]!] = yield* parseSteps(part.slice(colon), piece, depth);
    // An object keeps its first thousand fields (a later value of one still wins) and how many it had, which is all
    // the checks read: listing 400,000 fields took a task of 100 ms or more each time.
    if (list) out.push(...value);
    else for (const key of Object.keys(value)) if (Object.hasOwn(out, key) || ++fields <= MAX_PARSED) out[key] = value[key];
    yield;
  }
  if (fields > MAX_PARSED) Object.defineProperty(out, FIELDS, { value: fields });
  return list ? out : Object.setPrototypeOf(out, Object.prototype);
}
