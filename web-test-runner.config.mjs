// @web/test-runner configuration. `npm test` builds dist/ first, so tests can
// fetch('/dist/...') and fetch('/data/...'): the dev server serves rootDir.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findBrowser, BROWSER_ARGS } from './scripts/find-browser.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { misbehavingFeeds } from './test/server/feeds.mjs';
import { runCliPlugin } from './scripts/run-cli-plugin.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * esbuild's `json: true` turns every .json response into a JS module (and
 * `target` makes it rewrite every .js file), which would break
 * `fetch('/data/resources.json').then(r => r.json())` and make
 * `fetch('/dist/...')` return esbuild's output instead of the built file.
 * Browsers mark fetch()/XHR requests with `Sec-Fetch-Dest: empty` (module
 * imports say `script`), so leave those requests untouched: fetch() gets the
 * raw file, while `import data from '../data/resources.json'` still works.
 * `Vary: Sec-Fetch-Dest` stops Chrome from reusing one kind of response for
 * the other when a test both imports and fetches the same file.
 */
function rawForFetch(plugin) {
  const isFetch = context => context.get('sec-fetch-dest') === 'empty';
  const resolveMimeType = plugin.resolveMimeType.bind(plugin);
  const transform = plugin.transform.bind(plugin);
  const transformCacheKey = plugin.transformCacheKey.bind(plugin);
  const vary = { vary: 'Sec-Fetch-Dest' };
  return Object.assign(plugin, {
    resolveMimeType: context => (isFetch(context) ? undefined : resolveMimeType(context)),
    async transform(context) {
      if (!resolveMimeType(context)) return transform(context); // not a file esbuild handles
      if (isFetch(context)) return { headers: vary };
      const result = await transform(context);
      return typeof result === 'string' ? { body: result, headers: vary } : result;
    },
    transformCacheKey: context =>
      `${transformCacheKey(context)}_${isFetch(context) ? 'fetch' : 'module'}`,
  });
}

export default {
  rootDir,
  files: 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  middleware: [misbehavingFeeds()],
  plugins: [
    rawForFetch(esbuildPlugin({
      ts: true,
      json: true,
      // Without the tsconfig, esbuild does not apply experimentalDecorators /
      // useDefineForClassFields and Lit decorators break.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      target: 'es2022',
    })),
    runCliPlugin(), // test/cli.test.ts runs the built `oud-support-finder` command through it
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(),
        headless: true,
        args: BROWSER_ARGS,
      },
    }),
  ],
  concurrency: 1, // keyboard tests (sendKeys) need the one focused page to themselves
  concurrentBrowsers: 1,
  testFramework: {
    config: { timeout: 10000 },
  },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), summaryReporter()],
};
