// The WordPress plugin, tested in a real WordPress: `npm test` runs this after the browser tests
// (scripts/run-tests.mjs). It installs Debian's WordPress, MariaDB and PHP where missing and allowed, sets up
// a throwaway site on 127.0.0.1 (test/wordpress/site.mjs), uploads dist/oud-support-finder-wordpress.zip
// through Plugins → Add New, and drives headless Chromium as an administrator, an Author and a visitor.
// Where the packages cannot be had it says so in one line and every check counts as skipped.
// OSF_SKIP_WORDPRESS=1 skips it on purpose; OSF_WORDPRESS_CHECKS=regex runs only the checks it matches
// (while working on one; the others count as skipped). Prints one line per check; with OSF_SUMMARY_FILE set, writes the
// counts there as JSON for the closing line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { compareChecks } from './parity.mjs';
import { createSite, ensurePackages } from './site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ZIP = `${root}dist/oud-support-finder-wordpress.zip`;
const CHECK_TIMEOUT = 120_000;

const RECORDS = [
  {
    id: 'st-marks-na',
    name: 'Tuesday Night Hope Group (NA)',
    kind: 'meeting',
    summary: 'An open NA meeting in our fellowship hall. Anyone may come; you can just listen.',
    approaches: ['12-step', 'peer-support'],
    formats: ['in-person'],
    audience: ['self'],
    address: 'Fellowship hall, 100 Church Street',
    schedule: [{ day: 'tue', start: '19:00', end: '20:00' }],
  },
  // Valid text that must stay text: inline JSON inside a <script> must not let it end the script.
  { id: 'parish-hall', name: 'Parish hall </script><script>window.__osfPwned=3</script>' },
];
/** The host name as saved: tags removed, quotes and ampersands kept as text (and escaped wherever shown). */
const HOST = 'St. Mark’s Church & "Hall"';
const HOSTILE_ID = 'bad</textarea><script>window.__osfPwned=1</script>';
const BAD_RECORDS = `[
  { "id": "st-marks-na", "name": "Tuesday Night Hope Group", "phone": "call us" },
  { "id": "${HOSTILE_ID.replace(/\//g, '\\/')}", "name": "<b>Bold</b>" }
]`;

const checks = [];
/** Declares a check; they run in order, each given the state the earlier ones left. */
const check = (name, run) => checks.push({ name, run });
const results = [];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}
/** Objects with their keys in order, so that attribute order does not matter. */
const sorted = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
function same(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  assert(a === e, `${message}: expected ${e}, got ${a}`);
}

let site;
let browser;
const pages = {};
const links = {};

async function login(user) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', site.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  return page;
}

/** The logged-in page of `admin` or `author`, logging in on first use. */
async function as(user) {
  pages[user] ??= await login(user);
  return pages[user];
}

/** Opens a new post in the block editor, with the welcome guide out of the way. */
async function newPost(page) {
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.());
  await page.evaluate(() => {
    const editPost = window.wp.data.select('core/edit-post');
    if (editPost.isFeatureActive('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
}

/** Publishes the post open in the editor; returns its address and saved content. */
async function publish(page, title) {
  return page.evaluate(async (postTitle) => {
    const { dispatch, select } = window.wp.data;
    dispatch('core/editor').editPost({ title: postTitle, status: 'publish' });
    await dispatch('core/editor').savePost();
    const post = select('core/editor').getCurrentPost();
    return { link: post.link, id: post.id, content: select('core/editor').getEditedPostContent(), error: select('core/editor').didPostSaveRequestFail() };
  }, title);
}

/** What a visitor's browser made of each finder on a page. */
async function finders(page) {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('oud-support-finder')];
    return all.length && all.every((el) => el.shadowRoot?.querySelector('[part~="result"]'));
  }, null, { timeout: 30_000 });
  // The attributes as the server wrote them (the element reflects some of its own once it runs).
  const html = await (await page.request.get(page.url())).text();
  return page.evaluate((served) =>
    [...document.querySelectorAll('oud-support-finder')].map((el, i) => ({
      attributes: Object.fromEntries(
        [...new DOMParser().parseFromString(served, 'text/html').querySelectorAll('oud-support-finder')[i].attributes].map((a) => [a.name, a.value]),
      ),
      audience: el.audience,
      formats: el.formats,
      medicationFriendly: el.medicationFriendly,
      text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
      inlineJson: el.querySelector('script[type="application/json"]')?.textContent ?? null,
      accent: getComputedStyle(el).getPropertyValue('--osf-accent').trim(),
    })),
  html);
}

const scriptTags = (page) => page.evaluate(() => [...document.scripts].filter((s) => /oud-support-finder\.js/.test(s.src)).length);
const readerTags = (page) => page.evaluate(() => [...document.scripts].filter((s) => /oud-support-finder-feeds\.js/.test(s.src)).length);

/** A visitor's page, with every dialog (an alert() that got through) recorded. */
async function visit(link) {
  const page = await pages.visitor.context().newPage();
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.goto(link);
  page.dialogs = dialogs;
  return page;
}

/** Publishes a post of `content` (shortcodes and blocks) as the administrator, and opens it as a visitor. */
async function publishAndVisit(title, content) {
  const admin = await as('admin');
  await newPost(admin);
  const created = await admin.evaluate(
    ([title, body]) => window.wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data: { title, content: body, status: 'publish' } }),
    [title, content],
  );
  return visit(created.link);
}

const settingsUrl = () => `${site.url}/wp-admin/options-general.php?page=oud-support-finder`;

// ----------------------------------------------------------------------------------------------------------

check('the PHP record checks say what `oud-support-finder check` says, on 500 inputs', async () => {
  const { compared, differences } = await compareChecks('php', `${root}wordpress`);
  assert(compared > 400, `only ${compared} inputs were compared`);
  assert(!differences.length, `${differences.length} differ, first: ${JSON.stringify(differences[0])}`);
});

check('the zip installs from Plugins → Add New → Upload Plugin, and activates', async () => {
  const page = await as('admin');
  await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', ZIP);
  await page.click('#install-plugin-submit');
  await page.getByText('Plugin installed successfully.').waitFor();
  await page.getByRole('link', { name: /Activate Plugin/ }).click();
  await page.getByText('Plugin activated.').waitFor();
  assert(await page.locator('tr[data-slug="oud-support-finder"].active').count(), 'the plugin is listed as active');
});

check('the settings page saves the defaults and records every finder gets', async () => {
  const page = await as('admin');
  await page.goto(settingsUrl());
  await page.fill('#osf-host-name', 'St. Mark’s <b>Church</b> & "Hall"');
  await page.selectOption('#osf-theme', 'dark');
  await page.fill('#osf-accent', '#2f5d50');
  await page.check('#osf-language-switch');
  await page.fill('#osf-records', JSON.stringify(RECORDS, null, 2));
  await page.click('#submit');
  await page.getByText('Settings saved.').waitFor();
  same(await page.inputValue('#osf-host-name'), HOST, 'the host name is saved as plain text');
  same(await page.inputValue('#osf-theme'), 'dark', 'the theme is saved');
  same(JSON.parse(await page.inputValue('#osf-records')), RECORDS, 'the records are saved as given');
  await page.getByText('2 records are saved.').waitFor();
});

check('the settings page rejects bad records and addresses, names the problems, and escapes what it shows', async () => {
  const page = await as('admin');
  const dialogs = [];
  const onDialog = (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  };
  page.on('dialog', onDialog);
  await page.goto(settingsUrl());
  await page.fill('#osf-src', 'javascript:alert(1)');
  await page.fill('#osf-records', BAD_RECORDS);
  await page.click('#submit');
  await page.getByText('Your records were not saved: 2 problems need fixing').waitFor();
  await page.getByText('The feed address was not saved').waitFor();
  same(
    await page.locator('#osf-records-problems li').allTextContents(),
    [
      '“st-marks-na”, field “phone”: should be a phone number, such as 1-800-662-4357 (skipped)',
      `“${HOSTILE_ID}”, field “id”: should be lower-case words joined by hyphens, such as my-church-meeting (skipped)`,
    ],
    'the problems, in the words of `check`, the hostile id shown as text',
  );
  same(await page.inputValue('#osf-records'), BAD_RECORDS.trim(), 'the rejected entry is shown again to be fixed, exactly as typed');
  same(await page.getAttribute('#osf-records', 'aria-invalid'), 'true', 'the field says it is invalid');
  same(await page.inputValue('#osf-src'), '', 'the unsafe feed address is not kept');
  same(await page.evaluate(() => window.__osfPwned), undefined, 'nothing in the entry ran');
  same(dialogs, [], 'no dialog opened');
  page.off('dialog', onDialog);
  await page.goto(settingsUrl());
  same(JSON.parse(await page.inputValue('#osf-records')), RECORDS, 'the saved records are unchanged');

  await page.fill('#osf-records', '[{"id": "a", "name": }]');
  await page.click('#submit');
  await page.getByText('This is not valid JSON: Syntax error.').waitFor();
});

check('the settings page needs its nonce, and manage_options', async () => {
  const admin = await as('admin');
  const form = { option_page: 'oud_support_finder', action: 'update', 'oud_support_finder_settings[host-name]': 'Changed', oud_support_finder_records: '' };
  const noNonce = await admin.request.post(`${site.url}/wp-admin/options.php`, { form, maxRedirects: 0 });
  same(noNonce.status(), 403, 'a post without the nonce is refused');
  const author = await as('author');
  const seen = await author.goto(settingsUrl());
  assert(seen.status() === 403 || /not allowed/i.test(await author.content()), 'an Author may not open the settings page');
  const authorPost = await author.request.post(`${site.url}/wp-admin/options.php`, { form: { ...form, _wpnonce: 'x' }, maxRedirects: 0 });
  same(authorPost.status(), 403, 'an Author may not post the settings');
  await admin.goto(settingsUrl());
  same(await admin.inputValue('#osf-host-name'), HOST, 'nothing was changed');
});

check('the settings page speaks Spanish to an administrator whose language is Spanish', async () => {
  site.wp('locale', 'admin', 'es_ES');
  try {
    const page = await as('admin');
    await page.goto(settingsUrl());
    await page.getByRole('heading', { name: 'Buscador de apoyo', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Sus propios registros' }).waitFor();
    await page.fill('#osf-records', '[{"id": "x", "name": "X", "phone": "no"}]');
    await page.click('#submit');
    await page.getByText('“x”, campo «phone»: debe ser un número de teléfono, como 1-800-662-4357 (se deja fuera)').waitFor();
  } finally {
    site.wp('locale', 'admin', '');
  }
});

check('an Author (no unfiltered HTML) places the block, sets it in the sidebar, sees a preview, and publishes', async () => {
  same(site.installed.authorUnfiltered, false, 'the Author lacks unfiltered_html');
  const page = await as('author');
  await newPost(page);
  await page.evaluate(() => {
    const block = window.wp.blocks.createBlock('oud-support-finder/finder', {});
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const sidebar = page.locator('.block-editor-block-inspector');
  await sidebar.getByRole('checkbox', { name: 'Family and friends', exact: true }).check();
  await sidebar.getByRole('checkbox', { name: 'Online', exact: true }).check();
  await sidebar.getByLabel('Only support that welcomes people on medication').check();
  await sidebar.getByRole('button', { name: 'This finder' }).click();
  await sidebar.getByLabel('Your name, shown on your own records').fill('Hope Church');
  same(
    await page.evaluate(() => {
      const { audience, formats, medicationFriendly, hostName } = window.wp.data.select('core/block-editor').getBlocks()[0].attributes;
      return { audience, formats, medicationFriendly, hostName };
    }),
    { audience: 'family', formats: 'online', medicationFriendly: true, hostName: 'Hope Church' },
    'the sidebar set the block’s attributes',
  );
  // The preview is the server's markup for these attributes, with the finder running in it.
  const preview = '.wp-block-oud-support-finder-finder oud-support-finder[audience="family"][formats="online"][medication-friendly][host-name="Hope Church"]';
  try {
    await page.waitForFunction((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[part~="result"]'), preview, { timeout: 60_000 });
  } catch (error) {
    const shown = await page.evaluate(() => document.querySelector('.wp-block-oud-support-finder-finder')?.outerHTML.slice(0, 600));
    throw new Error(`no preview with the chosen settings; the block shows: ${shown}`, { cause: error });
  }
  const saved = await publish(page, 'A finder block');
  assert(!saved.error, 'the post saved');
  assert(saved.content.includes('<!-- wp:oud-support-finder/finder {"audience":"family","formats":"online","medicationFriendly":true,"hostName":"Hope Church"} /-->'), `saved content: ${saved.content}`);
  links.block = saved.link;
});

check('an Author places the shortcode and publishes', async () => {
  const page = await as('author');
  await newPost(page);
  await page.evaluate(() => {
    const block = window.wp.blocks.createBlock('core/shortcode', { text: '[oud_support_finder audience="family" formats="online phone" medication-friendly theme="high-contrast"]' });
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
  });
  const saved = await publish(page, 'A finder shortcode');
  assert(!saved.error, 'the post saved');
  assert(saved.content.includes('[oud_support_finder audience="family" formats="online phone" medication-friendly theme="high-contrast"]'), `saved content: ${saved.content}`);
  links.shortcode = saved.link;
});

check('the shortcode’s page shows the finder with its settings and the site’s defaults and records', async () => {
  const page = await visit(links.shortcode);
  const [finder] = await finders(page);
  same(sorted(finder.attributes), sorted({
    'host-name': HOST,
    theme: 'high-contrast',
    style: '--osf-accent: #2f5d50',
    'language-switch': '',
    audience: 'family',
    formats: 'online phone',
    'medication-friendly': '',
  }), 'the element’s attributes');
  same([finder.audience, finder.formats, finder.medicationFriendly], [['family'], ['online', 'phone'], true], 'the finder read them');
  same(JSON.parse(finder.inlineJson), RECORDS, 'the saved records are inline JSON inside the element');
  same(await page.evaluate(() => window.__osfPwned), undefined, 'nothing in a record ran');
  same(await scriptTags(page), 1, 'the script is loaded once');
  await page.close();
});

check('the block’s page shows the finder with its settings, the site’s records among the results', async () => {
  const page = await visit(links.block);
  const [finder] = await finders(page);
  same(sorted(finder.attributes), sorted({
    'host-name': 'Hope Church',
    theme: 'dark',
    style: '--osf-accent: #2f5d50',
    'language-switch': '',
    audience: 'family',
    formats: 'online',
    'medication-friendly': '',
    class: 'wp-block-oud-support-finder-finder',
  }), 'the element’s attributes');
  same(finder.accent, '#2f5d50', 'the accent colour reaches the finder');
  // The block asks for online family support; the site's record is an in-person meeting, so clear the filters.
  await page.evaluate(() => {
    const el = document.querySelector('oud-support-finder');
    Object.assign(el, { audience: [], formats: [], medicationFriendly: false });
  });
  await page.waitForFunction(() => {
    const text = document.querySelector('oud-support-finder').shadowRoot.textContent;
    return text.includes('Tuesday Night Hope Group') && text.includes('Parish hall </script><script>window.__osfPwned=3</script>');
  });
  same(await page.evaluate(() => window.__osfPwned), undefined, 'nothing in a record ran');
  await page.close();
});

check('hostile shortcode and block settings come out inert, and several finders load the script once', async () => {
  // WordPress itself mangles a shortcode with tags in it (its quotes are curled); the first one is here to
  // show that what reaches the page is still inert. The rest reach the plugin as written.
  const content = [
    `[oud_support_finder host-name='"><script>window.__osfPwned=1</script>' src="javascript:alert(1)" audience="family <img src=x onerror=alert(2)>"]`,
    '[oud_support_finder host-name="Hope <b>House</b>" src="//evil.example/feed.json" hide="mara <b>x</b>" src-format="hsds\'" kiosk timezone="America/Chicago" feed-audience="Family"]',
    '[oud_support_finder src="data:application/json,{}" local-only="no" audience="family nobody" accent="red;background:url(javascript:alert(3))" theme="dark onmouseover=alert(1)" idle-timeout="-5" lang="xx" timezone="America/Chicago;alert(9)" feed-audience="everyone" onclick="alert(4)"]',
    '<!-- wp:oud-support-finder/finder {"hostName":"\\u003cscript\\u003ewindow.__osfPwned=2\\u003c/script\\u003e","src":"javascript:alert(5)","theme":"\\u0022 onload=\\u0022alert(6)","days":"sun funday","srcTimeout":"30"} /-->',
    '<!-- wp:oud-support-finder/finder {"hostName":"\\u0022\\u003e\\u003cimg src=x onerror=alert(7)\\u003e","src":" JavaScript:alert(8)","srcTimeout":"5 onload"} /-->',
  ].join('\n\n');
  const page = await publishAndVisit('Hostile settings', content);
  const all = await finders(page);
  same(all.length, 5, 'five finders');
  const allowed = new Set(['host-name', 'theme', 'style', 'language-switch', 'audience', 'hide', 'kiosk', 'days', 'src-timeout', 'class', 'timezone', 'feed-audience']);
  for (const { attributes } of all) {
    for (const [name, value] of Object.entries(attributes)) {
      assert(allowed.has(name), `unexpected attribute ${name}="${value}"`);
      assert(!/<|javascript:|alert/i.test(value), `unsafe value ${name}="${value}"`);
    }
  }
  same(all.slice(1).map((f) => f.attributes['host-name']), ['Hope House', HOST, HOST, '">'], 'host names: the text without its tags, else the site’s');
  same([all[1].attributes.hide, all[1].attributes.kiosk], ['mara', ''], 'ids and a bare flag');
  same(
    [all[1].attributes.timezone, all[1].attributes['feed-audience'], all[2].attributes.timezone, all[2].attributes['feed-audience']],
    ['America/Chicago', 'family', undefined, undefined],
    'a time zone name and a known audience are kept; anything else is dropped',
  );
  same(
    [all[2].attributes.audience, all[2].attributes.style, all[2].attributes.theme],
    ['family', '--osf-accent: #2f5d50', 'dark'],
    'known words are kept; a bad accent or theme falls back to the site’s',
  );
  same([all[3].attributes.days, all[3].attributes['src-timeout'], all[4].attributes['src-timeout']], ['sun', '30', undefined], 'only known days, whole seconds');
  same(await page.evaluate(() => window.__osfPwned), undefined, 'no script from the settings ran');
  same(page.dialogs, [], 'no dialog opened');
  same(await scriptTags(page), 1, 'five finders, one script');
  same(await readerTags(page), 0, 'no feed address was kept, so no feed readers');
  await page.close();
  const plain = await visit(`${site.url}/?p=1`);
  await plain.getByText('Hello world!').first().waitFor();
  same(await scriptTags(plain), 0, 'a page with no finder does not load the script');
  await plain.close();
});

check('a finder with a feed address also loads the feed readers, once, after the finder’s script', async () => {
  const content = ['[oud_support_finder src="https://intergroup.example/meetings.json"]', '[oud_support_finder src="https://na.example/bmlt.json"]', '[oud_support_finder]'].join('\n\n');
  const page = await publishAndVisit('Feeds', content);
  same((await finders(page)).length, 3, 'three finders');
  same([await scriptTags(page), await readerTags(page)], [1, 1], 'one finder script, one feed readers script');
  same(
    await page.evaluate(() => [...document.scripts].map((s) => s.src.replace(/.*\/|\?.*/g, '')).filter((n) => n.startsWith('oud-support-finder'))),
    ['oud-support-finder.js', 'oud-support-finder-feeds.js'],
    'the readers come after the finder',
  );
  await page.close();
});

check('a place, distance unit, maps provider and times of day pass to the finder, and bad ones do not', async () => {
  const content = [
    '[oud_support_finder near=" 40.7128, -74.0060 " distance-unit="KM" maps="osm" times="evening night noon"]',
    '[oud_support_finder near="91,0" distance-unit="ft" maps="javascript:alert(1)" times="soon"]',
    '<!-- wp:oud-support-finder/finder {"near":"39.78,-89.65","distanceUnit":"mi","maps":"none","times":"morning"} /-->',
  ].join('\n\n');
  const page = await publishAndVisit('Near settings', content);
  const names = ['near', 'distance-unit', 'maps', 'times'];
  const all = (await finders(page)).map(({ attributes }) => names.map((name) => attributes[name]));
  same(all, [
    ['40.7128,-74.0060', 'km', 'osm', 'evening night'],
    [undefined, undefined, undefined, undefined],
    ['39.78,-89.65', 'mi', 'none', 'morning'],
  ], 'a place as latitude,longitude, known units, providers and times only');
  await page.close();
});

check('deleting the plugin from the Plugins screen leaves no option behind', async () => {
  const admin = await as('admin');
  // Leave a rejected entry waiting (a transient), as a site owner who never came back to the page would.
  await admin.goto(settingsUrl());
  const nonce = await admin.inputValue('input[name="_wpnonce"]');
  const referer = await admin.inputValue('input[name="_wp_http_referer"]');
  const posted = await admin.request.post(`${site.url}/wp-admin/options.php`, {
    form: { option_page: 'oud_support_finder', action: 'update', _wpnonce: nonce, _wp_http_referer: referer, oud_support_finder_records: '[1]' },
    maxRedirects: 0,
  });
  same(posted.status(), 302, 'a post with the nonce is accepted');
  const before = site.wp('options');
  assert(before.includes('oud_support_finder_settings') && before.includes('oud_support_finder_records'), `options before: ${before}`);
  assert(before.some((name) => name.startsWith('_transient_oud_support_finder_rejected_')), `a rejected entry waits: ${before}`);

  await admin.goto(`${site.url}/wp-admin/plugins.php`);
  await admin.getByRole('link', { name: 'Deactivate OUD Support Finder' }).click();
  await admin.getByText('Plugin deactivated.').waitFor();
  admin.once('dialog', (dialog) => dialog.accept().catch(() => {}));
  await admin.getByRole('link', { name: 'Delete OUD Support Finder' }).click();
  await admin.getByText('OUD Support Finder was successfully deleted.').waitFor();
  same(site.wp('options'), [], 'options left after deleting');
  assert(!existsSync(`${site.wpDir}/wp-content/plugins/oud-support-finder`), 'the plugin’s folder is gone');
});

check('the plugin caused no PHP error, warning or notice', async () => {
  const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
  const ours = log.split('\n').filter((line) => /oud-support-finder/i.test(line));
  assert(!ours.length, `PHP said:\n${ours.slice(0, 5).join('\n')}`);
});

// ----------------------------------------------------------------------------------------------------------

function report(skipReason) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const { ok } of results) counts[ok === true ? 'passed' : ok === false ? 'failed' : 'skipped'] += 1;
  if (skipReason) {
    counts.skipped += checks.length - results.length;
    console.log(`WordPress plugin checks skipped (${checks.length}): ${skipReason}.`);
  } else {
    console.log(`WordPress plugin checks: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} not run.`);
  }
  if (process.env.OSF_SUMMARY_FILE) writeFileSync(process.env.OSF_SUMMARY_FILE, JSON.stringify(counts));
  return counts;
}

async function stopAll() {
  await browser?.close().catch(() => {});
  await site?.stop().catch((error) => console.error(`Could not stop the WordPress site: ${error.message}`));
}

async function main() {
  if (process.env.OSF_SKIP_WORDPRESS) return report('OSF_SKIP_WORDPRESS is set');
  if (!existsSync(ZIP)) return report(`${ZIP} is missing: run npm run build`) && { failed: 1 };
  const unavailable = ensurePackages('/tmp/oud-support-finder-wordpress-apt.log');
  if (unavailable) return report(unavailable);
  const executablePath = findBrowser();
  if (!executablePath) return report('no Chrome or Chromium was found');

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => stopAll().finally(() => process.exit(130)));
  }
  // A stray rejection (a dialog handled twice, say) fails the run but still stops the site.
  process.on('unhandledRejection', (error) => console.log(`  ✗ unexpected: ${error?.message ?? error}`));
  console.log('WordPress plugin checks: setting up a throwaway site on 127.0.0.1...');
  const started = Date.now();
  try {
    site = createSite();
    await site.start();
    browser = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
    pages.visitor = await (await browser.newContext()).newPage();
    const only = process.env.OSF_WORDPRESS_CHECKS ? new RegExp(process.env.OSF_WORDPRESS_CHECKS, 'i') : undefined;
    for (const { name, run } of checks) {
      if (only && !only.test(name) && !/installs from Plugins/.test(name)) {
        results.push({ name, ok: undefined });
        continue;
      }
      const began = Date.now();
      let timer;
      try {
        await Promise.race([run(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT)))]);
        results.push({ name, ok: true });
        console.log(`  ✓ ${name} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
      } catch (error) {
        results.push({ name, ok: false });
        console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).split('\n').slice(0, 6).join('\n      ')}`);
      } finally {
        clearTimeout(timer);
      }
    }
  } catch (error) {
    results.push({ name: 'setting up WordPress', ok: false });
    console.log(`  ✗ setting up WordPress: ${error.message}`);
  } finally {
    await stopAll();
  }
  console.log(`WordPress plugin checks took ${Math.round((Date.now() - started) / 1000)} s.`);
  return report();
}

const counts = await main();
process.exit(counts.failed ? 1 : 0);
