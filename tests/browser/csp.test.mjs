// Every kind of page works under its own Content-Security-Policy (no inline script, no other origin), served over
// http and opened from disk; the search runs under it too. Any violation the browser reports fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ask, openSearch } from './lib/browser.mjs';
import { servedSite } from './lib/session.mjs';
import { pageKinds } from './lib/pages.mjs';

const site = process.env.SITE_DIR;
assert.ok(site, 'tests/run sets SITE_DIR to a built site');

const session = servedSite(site, '/');

// Records violations from the first script of the document on, before any of the page's own code runs.
async function watchedPage() {
  const page = await session.browser.newPage();
  const problems = [];
  page.on('console', m => { if (/Content Security Policy/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', e => problems.push(e.message));
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = async () => [...problems, ...await page.evaluate(() => window.__cspViolations)];
  return { page, violations };
}

test('every page declares a policy that allows only the site itself', () => {
  for (const kind of pageKinds(site)) {
    const html = fs.readFileSync(path.join(site, kind.split('?')[0]), 'utf8');
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    assert.ok(policy, `${kind} has no Content-Security-Policy`);
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self'(;|$)/, 'no unsafe-inline or other origin for scripts');
    assert.doesNotMatch(policy, /unsafe|https?:|\*/);
    // A data block (type="application/json") is never run; any other script without src is.
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/, `${kind} has an inline script`);
    assert.doesNotMatch(html, /\son[a-z]+="/, `${kind} has an inline event handler`);
  }
});

for (const [how, base] of [['over http', () => session.server.base], ['from disk', () => pathToFileURL(site + path.sep).href]]) {
  test(`no page breaks its policy ${how}`, async () => {
    const found = [];
    for (const kind of pageKinds(site)) {
      const { page, violations } = await watchedPage();
      await page.goto(base() + kind, { waitUntil: 'load' });
      found.push(...(await violations()).map(v => `${kind}: ${v}`));
      await page.close();
    }
    assert.deepEqual(found, []);
  });

  test(`the search works under the policy ${how}`, async () => {
    const { page, violations } = await watchedPage();
    await openSearch(page, base() + 'search/index.html');
    const result = await ask(page, '高龄津贴');
    assert.ok(result.ids.length > 0, 'the search shows results');
    assert.deepEqual(await violations(), []);
    await page.close();
  });
}
