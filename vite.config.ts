import { defineConfig, parseSync } from 'vite';
import type { Plugin } from 'vite';

/**
 * After minification the only raw line breaks left are inside template literals: Lit's html and css
 * templates and the inlined JSON, where a run of white space means the same as one space. Folding them, and
 * dropping the comments our css templates keep ("/* ... *\/"), saves bytes in the script a site owner pastes.
 * Every character outside ASCII is written as an escape (\xe9, or \u2019 past U+00FF), so that the Spanish
 * reads right on a page in any encoding, or served without a charset (it also gzips smaller than UTF-8).
 */
const compactClassicScript = (): Plugin => ({
  name: 'compact-classic-script',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunk.code = chunk.code
        .replace(/\n\s*/g, ' ')
        .replace(/\/\* [^*]*\*\/ ?/g, '')
        .replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      // \u00e9 as \xe9, where the parser agrees: an identifier (a feed's ESPA\u00d1OL key) takes only \u.
      let short = chunk.code.replace(/(?<!\\)\\u00([89a-f][0-9a-f])/g, '\\x$1');
      for (let error; (error = parseSync('x.js', short).errors[0]); ) {
        const at = short.lastIndexOf('\\x', (error.labels[0]?.start ?? -2) + 1);
        if (at < 0) throw new Error(`compact-classic-script: ${error.message}`);
        short = `${short.slice(0, at)}\\u00${short.slice(at + 2)}`;
      }
      chunk.code = short;
    }
  },
});

/**
 * Lit's css`` templates are shipped as written, so their comments, indentation and the spaces around
 * punctuation are dropped here, in the parts between `${}` expressions and outside quoted strings. Spaces
 * before ":" and inside values ("calc(a * b)") are kept: they can change what a rule means.
 */
export function minifyCss(text: string): string {
  return text
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[^]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/ !important/g, '!important')
            .replace(/;}/g, '}'),
    )
    .join('');
}

const minifyCssTemplates = (): Plugin => ({
  name: 'minify-css-templates',
  enforce: 'pre',
  transform(code, id) {
    if (!/\.ts$/.test(id) || !code.includes('css`')) return;
    return code.replace(/\bcss`([^`]*)`/g, (_, body: string) =>
      `css\`${body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : minifyCss(part))).join('')}\``,
    );
  },
});

/**
 * A record's "internal:" source is a note for maintainers that no card shows (`src/ui/source-line.ts`): the
 * built scripts leave it out of the bundled records.
 */
const dropInternalSources = (): Plugin => ({
  name: 'drop-internal-sources',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/data/resources.json')) return undefined;
    const records = JSON.parse(code) as { source?: string }[];
    for (const record of records) if (record.source?.startsWith('internal:')) delete record.source;
    return JSON.stringify(records);
  },
});

/**
 * Lit's hooks for other scripts on the page: the ShadyDOM and ShadyCSS polyfills (for browsers without shadow
 * DOM, which cannot run this es2021 script anyway), server-rendered hydration (the classic script always renders
 * in the browser) and the `litHtmlVersions` lists (read only by Lit's development builds). The classic script
 * leaves them out, and so adds nothing to those globals. The errors only a css`` template of ours could throw
 * are written short.
 */
const dropLitHooks = (): Plugin => ({
  name: 'drop-lit-hooks',
  transform(code, id) {
    if (!/\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return undefined;
    return code
      .replace(/\w+\.(litHtml|litElement|reactiveElement)(Polyfill|Hydrate)Support\b/g, '(void 0)')
      .replace(/\(void 0===(\w+)\.ShadyCSS\|\|\1\.ShadyCSS\.nativeShadow\)&&/, '')
      .replace(/\(\w+\.\w+Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g, '0')
      // Standard decorators' metadata: the element declares its properties in `static properties`.
      .replace(/Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, '')
      .replace(/const (\w)=this\[Symbol\.metadata\];if\(null!==\1\)\{[^{}]*\{?[^{}]*\}?\}/, '')
      // Errors only our own css`` templates could cause, and the build would show them first.
      .replace(/"CSSResult is not constructable[^"]*"/, '"not a css`` result"')
      .replace(
        /"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"[^"]*"/,
        '"not a css`` result: "+$1',
      );
  },
});

/**
 * fuse.js's errors for a caller's mistakes (an option or key it does not take), which our search never makes:
 * shorter words in the classic script.
 */
const FUSE_ERRORS: [RegExp, string][] = [
  [/'Extended search is not available'/, "'Fuse: no extended search'"],
  [/'Logical search is not available'/, "'Fuse: no logical search'"],
  [/"Incorrect 'index' type"/, "'Fuse: bad index'"],
  [/`Invalid value for key \$\{key\}`/, '`Fuse: bad value for ${key}`'],
  [/`Pattern length exceeds max of \$\{max\}\.`/, '`Fuse: pattern over ${max}`'],
  [/`Missing \$\{name\} property in key`/, '`Fuse: key needs ${name}`'],
  [/`Property 'weight' in key '\$\{key\}' must be a positive integer`/, '`Fuse: bad weight in ${key}`'],
];
/**
 * What of fuse.js our search never reaches (`src/search/scores.ts` makes an index of strings with
 * `Fuse.createIndex` and searches it): the statics `parseQuery` (logical queries, which the basic build refuses
 * anyway) and `parseIndex` (a saved index), adding and removing documents, lists of objects and the keys they
 * are searched by, and where in a text a match is. Left out, they and the code only they call take about 1.5 kB
 * gzipped. Each pattern must match as often as it says, so that another fuse.js fails the build instead of being
 * cut in the wrong place; `test/build.test.ts` checks that the built finder ranks as the sources do, with typos,
 * phrases and long queries, and searches with no records at all.
 */
const member = (name: string) => new RegExp(`\\n  ${name}\\([^]*?\\n  \\}(?=\\n)`, 'g');
const FUSE_UNUSED: [RegExp, number, string?][] = [
  [/\n\s*Fuse\.parseQuery = parse;/g, 1],
  [/\nFuse\.parseIndex = parseIndex;/g, 1],
  [member('add'), 2], // FuseIndex's and Fuse's
  [member('removeAt'), 2],
  [member('remove'), 1],
  [member('getIndex'), 1],
  [member('size'), 1], // only add and removeAt ask it
  [member('getValueForItemAtKeyId'), 1],
  [member('_addObject'), 1],
  [member('_searchObjectList'), 1],
  [member('_findMatches'), 1],
  // An empty list is searched as a list of strings: it finds nothing either way.
  [/isString\(this\._docs\[0\]\)\s*\?\s*(this\._searchStringList\(query\))\s*:\s*this\._searchObjectList\(query\)/g, 1, '$1'],
  // Keys (our index is of strings, so it has none), and the statics that tell its version and default options.
  [/\nfunction createKey\(key\) \{[^]*?\n\}(?=\n)/g, 1, "\nfunction createKey() { throw Error('Fuse: no keys in this build') }"],
  [/\nFuse\.version = '7\.0\.0';/g, 1],
  [/\nFuse\.config = Config;/g, 1],
  // Where in a text each match is (`includeMatches`, which we never ask).
  [/\n\s*if \(includeMatches\) transformers\.push\(transformMatches\);/g, 1],
  // Its default getter reads keys' paths in objects.
  [/\n\s*getFn: get,/g, 1],
  // The index holds strings only (create() returns first when there are none).
  [/ else \{\s*\/\/ List is Array<Object>\s*this\.docs\.forEach\(\(doc, docIndex\) => \{\s*this\._addObject\(doc, docIndex\);\s*\}\);\s*\}/g, 1],
];
const trimFuse = (): Plugin => ({
  name: 'trim-fuse',
  transform(code, id) {
    if (!/\/node_modules\/fuse\.js\//.test(id)) return undefined;
    for (const [unused, count, by = ''] of FUSE_UNUSED) {
      const found = code.match(unused)?.length ?? 0;
      if (found !== count) throw new Error(`trim-fuse: ${unused} found ${found} times in ${id}, not ${count}`);
      code = code.replace(unused, by);
    }
    return FUSE_ERRORS.reduce((text, [from, to]) => text.replace(from, to), code);
  },
});

/**
 * Three builds:
 * - default: an ES module for bundlers, with lit and fuse.js left as imports so apps share one copy;
 * - `--mode classic`: one self-contained classic script (IIFE) that a site owner pastes in a <script> tag,
 *   and that works from a page opened from disk;
 * - `--mode feeds`: the classic feed readers (Meeting Guide, HSDS, BMLT), a second script for pages that show
 *   such a feed (src/feeds.ts).
 */
export default defineConfig(({ mode }) => {
  const feeds = mode === 'feeds';
  const classic = mode === 'classic' || feeds;
  return {
    plugins: classic
      ? [dropInternalSources(), minifyCssTemplates(), dropLitHooks(), trimFuse(), compactClassicScript()]
      : [dropInternalSources(), minifyCssTemplates()],
    // The classic script's data as object literals, not JSON.parse(`...`): unquoted keys gzip smaller.
    json: classic ? { stringify: false } : undefined,
    build: {
      target: 'es2021',
      emptyOutDir: !classic,
      sourcemap: !classic,
      lib: {
        // The classic script exports nothing, so its IIFE assigns no global name (see src/classic.ts).
        entry: feeds ? 'src/feeds.ts' : classic ? 'src/classic.ts' : 'src/index.ts',
        name: 'OudSupportFinder',
        formats: classic ? ['iife'] : ['es'],
        fileName: () => (feeds ? 'oud-support-finder-feeds.js' : classic ? 'oud-support-finder.js' : 'oud-support-finder.mjs'),
      },
      rollupOptions: {
        external: classic ? [] : [/^lit($|\/)/, /^@lit\//, /^fuse\.js($|\/)/],
      },
    },
  };
});
