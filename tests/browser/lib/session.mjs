// A built site served locally and one Chromium for a test file, started before its tests and stopped after them.
import { before, after } from 'node:test';
import { serve } from './static-server.mjs';
import { launch } from './browser.mjs';

export function servedSite(site, basePath) {
  const session = {};
  before(async () => {
    session.server = await serve(site, basePath);
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
