// A throwaway WordPress on 127.0.0.1 for the plugin's test: Debian's packages (installed when missing and
// allowed), a private MariaDB in a temporary folder (its own socket, no network), a copy of WordPress with its
// own wp-config.php, and PHP's built-in server. `stop()` ends every process and removes the folder.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { which } from '../../scripts/find-browser.mjs';

const WORDPRESS = '/usr/share/wordpress';
export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];
const WP_PHP = fileURLToPath(new URL('php/wp.php', import.meta.url));

const isFile = (file) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** What is missing for the test, by package; empty when all is there. */
export function missingPackages() {
  const php = which('php');
  const phpModules = php ? spawnSync(php, ['-m'], { encoding: 'utf8' }).stdout ?? '' : '';
  return [
    !isFile(`${WORDPRESS}/wp-settings.php`) && 'wordpress',
    !isFile(`${WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`) && 'wordpress-theme-twentytwentythree',
    !(which('mariadbd') || isFile('/usr/sbin/mariadbd')) && 'mariadb-server',
    !php && 'php-cli',
    !/^mysqli$/m.test(phpModules) && 'php-mysql',
  ].filter(Boolean);
}

/**
 * Installs what is missing with apt-get, where this is a Debian-like machine and we are root (or may sudo
 * without a password). Returns '' when everything is there, else why it could not be had.
 */
export function ensurePackages(log) {
  let missing = missingPackages();
  if (!missing.length) return '';
  const debianLike = existsSync('/etc/debian_version') && which('apt-get');
  const root = process.getuid?.() === 0;
  const sudo = !root && which('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!debianLike || !(root || sudo)) {
    return `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed and this machine cannot install ${missing.length === 1 ? 'it' : 'them'} (apt-get as root)`;
  }
  const apt = (args) => {
    const [cmd, ...rest] = root ? ['apt-get', ...args] : ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    const fd = openSync(log, 'a');
    return spawnSync(cmd, rest, { stdio: ['ignore', fd, fd], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  console.log(`WordPress plugin checks: installing ${missing.join(', ')} with apt-get (log: ${log})...`);
  const install = () => apt(['install', '-y', '--no-install-recommends', ...missing]);
  if (!install()) {
    apt(['update']);
    install();
  }
  missing = missingPackages();
  return missing.length ? `apt-get could not install ${missing.join(', ')} (see ${log})` : '';
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Signals a child's whole process group (it was started detached), or the child when that fails. */
function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    try {
      child.kill(name);
    } catch {
      // already gone
    }
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, test, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await test()) return;
    await sleep(250);
  }
  throw new Error(`${what} did not start within ${seconds} seconds`);
}

/** Starts everything; returns the site. Call `stop()` whatever happens, even when this throws. */
export function createSite() {
  const dir = mkdtempSync(path.join(tmpdir(), 'osf-wordpress-'));
  const children = [];
  // The last resort, should the test die without calling stop(): end the process groups and remove the folder.
  const onExit = () => {
    for (const child of children) signal(child, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const site = {
    dir,
    wpDir: path.join(dir, 'site'),
    url: '',
    password: randomBytes(12).toString('hex'),
    log: path.join(dir, 'setup.log'),
    debugLog: path.join(dir, 'debug.log'),
    /** Runs a task of php/wp.php against the site and returns its JSON. */
    wp(task, ...args) {
      const ran = spawnSync('php', [WP_PHP, site.wpDir, task, ...args], { encoding: 'utf8', env: { ...process.env, OSF_WP_URL: site.url } });
      if (ran.status !== 0) throw new Error(`wp.php ${task} failed: ${(ran.stderr || ran.stdout).slice(0, 2000)}`);
      return JSON.parse(ran.stdout.slice(ran.stdout.search(/[[{"]/)));
    },
    async start() {
      const port = await freePort();
      site.url = `http://127.0.0.1:${port}`;
      await startDatabase();
      copyWordPress();
      site.installed = site.wp('install', site.password);
      const fd = openSync(path.join(dir, 'php-server.log'), 'a');
      const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site.wpDir], {
        cwd: site.wpDir,
        stdio: ['ignore', fd, fd],
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
        detached: true, // its own process group, so stop() ends the workers it forks too
      });
      children.push(server);
      await waitFor('PHP’s web server', async () => {
        try {
          return (await fetch(`${site.url}/wp-login.php`)).ok;
        } catch {
          return false;
        }
      }, 30);
    },
    /** Ends the server and the database, then removes the folder. Safe to call twice. */
    async stop() {
      for (const child of children.reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        signal(child, 'SIGTERM');
        await Promise.race([exited, sleep(15000)]);
        signal(child, child.exitCode === null && child.signalCode === null ? 'SIGKILL' : 'SIGTERM');
      }
      children.length = 0;
      rmSync(dir, { recursive: true, force: true });
      process.off('exit', onExit);
    },
  };

  const db = { dir: path.join(dir, 'db'), socket: path.join(dir, 'db', 'mysqld.sock') };

  async function startDatabase() {
    // mariadbd will not run as root without being told to; on a root machine it runs as `mysql`.
    const root = process.getuid?.() === 0;
    const user = root ? 'mysql' : (process.env.USER ?? 'nobody');
    mkdirSync(db.dir);
    if (root) {
      chmodSync(dir, 0o755);
      const ids = spawnSync('id', ['-u', 'mysql'], { encoding: 'utf8' });
      const gids = spawnSync('id', ['-g', 'mysql'], { encoding: 'utf8' });
      chownSync(db.dir, Number(ids.stdout), Number(gids.stdout));
    }
    const fd = openSync(site.log, 'a');
    const init = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${db.dir}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db'], {
      stdio: ['ignore', fd, fd],
    });
    if (init.status !== 0) throw new Error(`mariadb-install-db failed (see ${site.log})`);
    const server = spawn(
      which('mariadbd') ?? '/usr/sbin/mariadbd',
      ['--no-defaults', `--datadir=${db.dir}`, `--socket=${db.socket}`, `--pid-file=${path.join(db.dir, 'mysqld.pid')}`, '--skip-networking', `--user=${user}`, `--log-error=${path.join(db.dir, 'error.log')}`, '--innodb-buffer-pool-size=32M'],
      { stdio: ['ignore', fd, fd], detached: true },
    );
    children.push(server);
    const admin = () => spawnSync('mariadb-admin', ['--no-defaults', `--socket=${db.socket}`, '-uroot', 'ping'], { stdio: 'ignore' }).status === 0;
    await waitFor('MariaDB', () => server.exitCode === null && admin(), 60);
    const create = spawnSync('mariadb', ['--no-defaults', `--socket=${db.socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4'], { stdio: ['ignore', fd, fd] });
    if (create.status !== 0) throw new Error(`could not create the database (see ${site.log})`);
  }

  function copyWordPress() {
    // A copy (following Debian's relative links to its shared JavaScript), so the site has its own
    // wp-config.php and wp-content and nothing under /etc or /var/lib changes.
    const copied = spawnSync('cp', ['-rL', WORDPRESS, site.wpDir], { stdio: 'ignore' });
    if (copied.status !== 0) throw new Error(`could not copy ${WORDPRESS}`);
    const salt = () => randomBytes(32).toString('hex');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    writeFileSync(
      path.join(site.wpDir, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${db.socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${site.url}' );
define( 'WP_SITEURL', '${site.url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${site.debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
  }

  return site;
}
