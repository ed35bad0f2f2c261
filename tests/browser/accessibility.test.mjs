// Every kind of page passes axe-core's checks in Chromium (WCAG 2.x A and AA rules and best practices).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { servedSite } from './lib/session.mjs';
import { pageKinds } from './lib/pages.mjs';

const site = process.env.SITE_DIR;
assert.ok(site, 'tests/run sets SITE_DIR to a built site');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = servedSite(site, '/');

const pages = () => pageKinds(site);

test('every kind of page has no accessibility violations', async () => {
  const found = [];
  for (const path of pages()) {
    const page = await session.browser.newPage();
    // axe-core is injected as an inline script, which the site's Content-Security-Policy rightly forbids.
    await page.setBypassCSP(true);
    await page.goto(session.server.base + path, { waitUntil: 'load' });
    if (path.startsWith('search/')) await page.waitForFunction(() => document.getElementById('search-results').hasAttribute('data-ms'));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
      .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`));
    found.push(...violations.map(v => `${path}: ${v}`));
    await page.close();
  }
  assert.deepEqual(found, []);
});

test('the full policy documents pass too', async () => {
  const full = fs.readdirSync(`${site}/documents`)
    .filter(n => fs.existsSync(`${site}/documents/${n}/index.html`))
    .filter(n => /<div class="doc-body">/.test(fs.readFileSync(`${site}/documents/${n}/index.html`, 'utf8')));
  assert.equal(full.length, 2);
  for (const name of full) {
    const page = await session.browser.newPage();
    await page.setBypassCSP(true);
    await page.goto(`${session.server.base}documents/${name}/index.html`, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map(v => v.id));
    assert.deepEqual(violations, [], name);
    await page.close();
  }
});
