#!/usr/bin/env node
// Serves the project folder on localhost for the demo page (`npm start`).
// A dozen lines of node:http instead of a dev server: the demo needs only static files from the
// production build, must start offline on a fresh clone, and tests start it on a free port.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Maps a URL path to a file under `root`, or null when it would leave it. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Starts the static server. Resolves with the server and its base URL once it listens.
 * `port: 0` picks a free port (tests); a busy fixed port moves on to the next one.
 */
export async function startServer({ root: requestedRoot, port = 8000, host = '127.0.0.1' } = {}) {
  const root = resolve(requestedRoot ?? projectRoot);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo/' });
      response.end();
      return;
    }
    let file = fileFor(root, url.pathname);
    if (!file) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          response.writeHead(301, { location: `${url.pathname}/` });
          response.end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });

  for (let attempt = 0; ; attempt += 1) {
    const tryPort = port === 0 ? 0 : port + attempt;
    try {
      await new Promise((resolveListen, rejectListen) => {
        server.once('error', rejectListen);
        server.listen(tryPort, host, () => {
          server.off('error', rejectListen);
          resolveListen(undefined);
        });
      });
      break;
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' || port === 0 || attempt >= 20) throw error;
    }
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}`, port: actualPort };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  const { port: actualPort } = await startServer({ port });
  console.log(`News Timeline demo: http://localhost:${actualPort}/demo/`);
  console.log('(serving the project folder; Ctrl+C stops it)');
}
