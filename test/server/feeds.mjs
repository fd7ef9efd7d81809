/**
 * Feeds that misbehave, served by the test run's own server (no outside network): a feed that never answers,
 * one larger than the finder accepts, one that returns a web page, and one that redirects to another origin.
 * Fixture files under /test/fixtures/ are served as they are by the dev server itself.
 */
export function misbehavingFeeds() {
  return async (context, next) => {
    const { path } = context;
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
