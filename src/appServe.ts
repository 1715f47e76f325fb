// Serves the built workbench (dist/app/) at /app: hashed assets for a year, and for every other
// path under /app the page itself, so that a client route (/app/timeline?day=...) opened from a
// bookmark or a reload gets the app, which then renders that route.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** What the workbench's page may load: its own scripts and styles, and the API on the same origin. */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // React and Cytoscape set style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function appRouter(dir: string): Router {
  const router = express.Router({ strict: true });
  const index = path.join(dir, 'index.html');
  // The router writes its home page as /app?q=...; a reload of it keeps the query.
  router.get('/app', (req, res) => {
    const query = req.url.indexOf('?');
    res.redirect(301, `/app/${query >= 0 ? req.url.slice(query) : ''}`);
  });
  router.use(
    '/app/assets',
    express.static(path.join(dir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
      setHeaders: (res) => res.set('content-security-policy', APP_CSP),
    }),
  );
  router.get('/app/{*route}', (_req, res) => {
    // Read per request: a rebuild (npm start after a change) is served without a restart.
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The workbench is not built yet: run `npm run app:build`.');
      return;
    }
    res
      .status(200)
      .set({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': APP_CSP,
      })
      .send(fs.readFileSync(index));
  });
  return router;
}
