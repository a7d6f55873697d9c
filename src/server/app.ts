import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { healthRoute } from './routes/healthRoute.ts';
import { errorBody } from './routes/errorBody.ts';
import { syncRoute } from './routes/syncRoute.ts';
import { mountStaticSite } from './staticSite.ts';
import type { SyncStore } from './store/syncStore.ts';

/** What the HTTP app is built from. */
export interface AppOptions {
  readonly store: SyncStore;
  /** Folder of the built PWA; without it only the API is served. */
  readonly staticDir?: string;
  /** The server clock (tests pin it). */
  readonly now?: () => Date;
}

const SELF = "'self'";

/** The HTTP app: sync API under /api, the PWA and its SPA fallback everywhere else. */
export function createApp({ store, staticDir, now = () => new Date() }: AppOptions): Hono {
  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: [SELF],
        scriptSrc: [SELF],
        styleSrc: [SELF],
        imgSrc: [SELF, 'data:', 'blob:'],
        connectSrc: [SELF],
        workerSrc: [SELF],
        manifestSrc: [SELF],
        objectSrc: ["'none'"],
        baseUri: [SELF],
        frameAncestors: ["'none'"],
      },
    }),
  );
  // Phones on weak links: gzip the app shell and API answers.
  app.use(compress());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.route('/api', healthRoute({ now }));
  app.route('/api', syncRoute({ store, now }));
  app.all('/api/*', (c) => c.json(errorBody('Không có địa chỉ API này.'), 404));
  if (staticDir !== undefined) mountStaticSite(app, staticDir);
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error(error);
    return c.json(errorBody('Máy chủ gặp lỗi, hãy thử lại sau.'), 500);
  });
  return app;
}
