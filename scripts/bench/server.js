// The bench's sites, served by the project's own server (scripts/serve.js) as a host would send
// them (gzip, a host's caching): the bench pages cross-origin isolated, so performance.now() is
// precise, and the built demo site as it is, for the layout-shift check and Lighthouse. Two
// servers, because only the bench pages should change how the browser isolates them.
import { serve } from '../serve.js';
import { DEMO, PAGES } from './paths.js';

/** Runs `run({ pages, demo })` with the origin of each site; stops both servers after. */
export async function withServers(run) {
  const servers = [];
  const start = async (options) => {
    const server = await serve({ port: 0, asHost: true, ...options });
    servers.push(server);
    return `http://127.0.0.1:${server.address().port}`;
  };
  try {
    const pages = await start({ root: PAGES, isolated: true });
    const demo = await start({ root: DEMO });
    return await run({ pages, demo });
  } finally {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  }
}
