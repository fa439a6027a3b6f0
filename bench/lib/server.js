// The benchmark pages are served by the demo's static server (scripts/serve.js) over the
// project root on 127.0.0.1 and a free port, so they load dist/ and node_modules/ exactly as a
// user's page would.
import { startServer as startStaticServer } from '../../scripts/serve.js';
import { projectRoot } from './paths.js';

export async function startServer(root = projectRoot) {
  const { server, url } = await startStaticServer({ root, port: 0 });
  return {
    origin: url,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
