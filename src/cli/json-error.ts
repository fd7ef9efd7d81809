/*
 * Where JSON text goes wrong, as a line and column a site owner can find in an editor. `JSON.parse` alone is
 * not enough: depending on the mistake, Node's message gives a position or only a quote of the whole text.
 * This is a small strict JSON reader that stops at the first mistake; it only runs after `JSON.parse` failed.
 */
export interface JsonMistake {
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 1000;
const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

/** Returns the first mistake in `text`, or undefined when it is valid JSON. */
export function findJsonMistake(text: string): JsonMistake | undefined {
  let i = 0;
  const found = () => (i < text.length ? `“${text[i]}”` : 'the end of the file');
  const stop = (expected: string): never => {
    throw new Stop(i, `expected ${expected}, but found ${found()}`);
  };
  const space = () => {
    while (' \t\n\r'.includes(text[i] ?? '.')) i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      const char = text[i];
      if (char === undefined) throw new Stop(i, 'this text is never closed with "');
      if (char === '"') return void i++;
      if (char < ' ') throw new Stop(i, 'text in JSON cannot hold a line break or a tab: write \\n or \\t instead');
      if (char === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? '.')) stop('one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX after \\');
      }
      i++;
    }
  };
  // Objects and arrays share one loop: `close` is "}" or "]", and objects read a "name": before each value.
  // Each level is a call, so nesting is limited well below the size of the stack.
  let depth = 0;
  const list = (close: string, named: boolean) => {
    if (++depth > MAX_DEPTH) throw new Stop(i, `lists and objects are nested more than ${MAX_DEPTH} deep`);
    i++;
    space();
    if (text[i] === close) return void (i++, depth--);
    for (;;) {
      space();
      if (named) {
        if (text[i] === close) throw new Stop(i, `JSON allows no comma before “${close}”`);
        if (text[i] !== '"') stop('a field name in double quotes');
        string();
        space();
        if (text[i] !== ':') stop('“:”');
        i++;
      } else if (text[i] === close) throw new Stop(i, `JSON allows no comma before “${close}”`);
      value();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void (i++, depth--);
      else stop(`“,” or “${close}”`);
    }
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') return list('}', true);
    if (char === '[') return list(']', false);
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    if (char === "'") throw new Stop(i, 'JSON needs double quotes (") around text, not single quotes');
    stop('a value (text in double quotes, a number, true, false, null, a list or an object)');
  };

  try {
    value();
    space();
    if (i < text.length) stop('nothing more after the end of the JSON');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.at).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1, message: error.message };
  }
}
