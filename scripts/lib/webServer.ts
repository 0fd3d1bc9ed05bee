import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import compression from 'compression';
import { createProxyMiddleware } from 'http-proxy-middleware';
import sirv from 'sirv';

export interface WebServer {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

/**
 * Serves the H5 build as a single-page app and proxies /api/* to the API, so the app
 * calls its API on the same origin (as it would behind one CDN domain in production).
 */
export async function startWebServer(options: { port: number; root: string; apiUrl: string }): Promise<WebServer> {
  // The build's own `.br` / `.gz` files where it has them (compressed once, at the highest levels);
  // anything else compressed on the fly as any CDN would: a first visit on a slow phone moves a third of the bytes.
  const assets = sirv(options.root, { single: true, dev: false, etag: true, brotli: true, gzip: true });
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const api = createProxyMiddleware({
    target: options.apiUrl,
    changeOrigin: true,
    pathRewrite: { '^/api': '' },
    on: {
      error: (_error, _req, res) => {
        // The API is down: answer like the API would, so the app's error handling applies.
        if ('writeHead' in res && !res.headersSent) {
          res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The API is not reachable' } }));
        }
      },
    },
  });
  const server = createServer((req, res) => {
    if (req.url === '/api' || req.url?.startsWith('/api/')) {
      void api(req, res, () => undefined);
      return;
    }
    compress(req, res, () =>
      assets(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    server,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
