/**
 * Feeds that misbehave, served by the test run's own server (no outside network): a feed that never answers,
 * one that starts and never ends, ones larger than the finder accepts (12 MB and 50 MB), one that returns a web
 * page, and one that redirects to another origin. Fixture files under /test/fixtures/ are served as they are
 * by the dev server itself.
 */
export function misbehavingFeeds() {
  return async (context, next) => {
    const { path } = context;
    if (path === '/csp/strict.html') {
      // The strictest policy a clinic might have: only the page's own origin for scripts, styles and all else.
      context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      context.type = 'text/html';
      context.body = `<!doctype html><html lang="en"><head>
        <script src="/test/server/csp-listener.js"></script>
        <script src="/dist/oud-support-finder.js"></script>
        <script src="/dist/oud-support-finder-feeds.js"></script>
        </head><body><oud-support-finder kiosk language-switch></oud-support-finder>
        <oud-support-finder src="/test/fixtures/meeting-guide.json"></oud-support-finder></body></html>`;
      return;
    }
    if (!path.startsWith('/feeds/')) return next();
    if (path === '/feeds/slow') {
      // Answers nothing for a minute; the finder's time limit must end the wait first.
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 60_000);
        context.req.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      context.status = 204;
      return;
    }
    if (path === '/feeds/huge') {
      const chunk = Buffer.from(`{"id":"x","name":"${'x'.repeat(1000)}"},`);
      const { Readable } = await import('node:stream');
      let sent = 0;
      context.type = 'application/json';
      context.body = Readable.from(
        (function* () {
          yield Buffer.from('[');
          while (sent < 12_000_000) {
            sent += chunk.length;
            yield chunk;
          }
          yield Buffer.from('{"id":"y","name":"y"}]');
        })(),
      );
      return;
    }
    if (path === '/feeds/fifty-mb') {
      // 50 MB of valid records, made as they are sent (one 1 kB chunk reused), so the server holds none of it.
      // `?declared` also says its length up front, which lets the finder refuse it before reading.
      const { Readable } = await import('node:stream');
      const total = 50_000_000;
      const chunk = Buffer.from(`{"id":"big","name":"${'x'.repeat(975)}"},`);
      context.type = 'application/json';
      if (context.querystring === 'declared') context.length = total;
      context.body = Readable.from(
        (function* () {
          yield Buffer.from('[');
          const last = '{"id":"end","name":"end"}]';
          let sent = 1;
          while (sent + chunk.length + last.length < total) {
            sent += chunk.length;
            yield chunk;
          }
          yield Buffer.from(' '.repeat(total - sent - last.length) + last);
        })(),
      );
      return;
    }
    if (path === '/feeds/trickle') {
      // Starts a JSON answer, then sends one space a second and never ends (bounded: two minutes at most).
      const { PassThrough } = await import('node:stream');
      const body = new PassThrough();
      body.write('[');
      let left = 120;
      const timer = setInterval(() => (left-- > 0 ? body.write(' ') : body.end(']')), 1000);
      body.on('close', () => clearInterval(timer));
      context.req.on('close', () => {
        clearInterval(timer);
        body.destroy();
      });
      context.type = 'application/json';
      context.body = body;
      return;
    }
    if (path === '/feeds/page') {
      context.type = 'text/html';
      context.body = '<!doctype html><html><body><h1>Meetings</h1></body></html>';
      return;
    }
    if (path === '/feeds/redirect') {
      // Same port, other host name: another origin as far as the browser is concerned.
      const host = context.host.startsWith('localhost') ? context.host.replace('localhost', '127.0.0.1') : context.host.replace(/^[^:]+/, 'localhost');
      context.redirect(`http://${host}/test/fixtures/local-resources.json`);
      return;
    }
    return next();
  };
}
