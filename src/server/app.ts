import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { createRateLimiter, type RateLimiter } from './access/rateLimiter.ts';
import { enrollRoute } from './routes/enrollRoute.ts';
import { healthRoute } from './routes/healthRoute.ts';
import { historyRoute } from './routes/historyRoute.ts';
import { errorBody } from './routes/errorBody.ts';
import { pullRoute } from './routes/pullRoute.ts';
import { reportRoute } from './routes/reportRoute.ts';
import { syncRoute } from './routes/syncRoute.ts';
import { mountStaticSite } from './staticSite.ts';
import type { AccessStore } from './store/accessStore.ts';
import type { SyncStore } from './store/syncStore.ts';

/** Enrollment attempts allowed per client address per window (failed or not). */
export const ENROLL_ATTEMPTS = 10;
export const ENROLL_WINDOW_MS = 15 * 60 * 1000;

/** What the HTTP app is built from. */
export interface AppOptions {
  readonly store: SyncStore;
  /** Units, officers, enrollment codes and device tokens (same database as `store`). */
  readonly access: AccessStore;
  /** Folder of the built PWA; without it only the API is served. */
  readonly staticDir?: string;
  /** The server clock (tests pin it). */
  readonly now?: () => Date;
  /** Trust `X-Forwarded-For` for the client address (TRUST_PROXY=1). */
  readonly trustProxy?: boolean;
  /** Counts enrollment attempts; by default 10 per 15 minutes per client address, on `now`. */
  readonly enrollLimiter?: RateLimiter;
}

const SELF = "'self'";

/** The HTTP app: sync API under /api, the PWA and its SPA fallback everywhere else. */
export function createApp({ store, access, staticDir, now = () => new Date(), trustProxy = false, enrollLimiter }: AppOptions): Hono {
  const limiter = enrollLimiter ?? createRateLimiter({ limit: ENROLL_ATTEMPTS, windowMs: ENROLL_WINDOW_MS, now: () => now().getTime() });
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
  app.route('/api', enrollRoute({ access, now, limiter, trustProxy }));
  app.route('/api', syncRoute({ store, access, now }));
  app.route('/api', pullRoute({ store, access, now }));
  app.route('/api', historyRoute({ store, access, now }));
  app.route('/api', reportRoute({ store, access, now }));
  app.all('/api/*', (c) => c.json(errorBody('Không có địa chỉ API này.'), 404));
  if (staticDir !== undefined) mountStaticSite(app, staticDir);
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error(error);
    return c.json(errorBody('Máy chủ gặp lỗi, hãy thử lại sau.'), 500);
  });
  return app;
}
