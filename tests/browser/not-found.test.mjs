// The 404 page as static hosts serve it: at the missing address itself, however deep, under / and under a sub-path.
// With the site's address known (content/site.yaml's site_url, no --base-url) it must be styled and every link must
// lead to a page of the site; without it, it works at the site's top level (the build warns about the rest).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from './lib/static-server.mjs';
import { launch } from './lib/browser.mjs';

const sitegen = process.env.SITEGEN_DLL;
assert.ok(sitegen, 'tests/run sets SITEGEN_DLL (the published sitegen.dll)');
const repo = path.join(import.meta.dirname, '..', '..');
const fixture = path.join(repo, 'tests', 'SiteGen.Tests', 'Fixtures', 'MiniSite');
const shots = process.env.SHOTS_DIR;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitegen-404-'));
let browser;
// Closed after the browser, whose kept-alive connections would otherwise hold a server's close open.
const servers = [];

/** The small test site built with site_url set to siteUrl (or left empty), and no --base-url. */
function build(name, siteUrl) {
  const root = path.join(work, name);
  fs.cpSync(fixture, root, { recursive: true });
  const settings = path.join(root, 'content', 'site.yaml');
  fs.writeFileSync(settings, fs.readFileSync(settings, 'utf8').replace('site_url: ""', `site_url: "${siteUrl}"`));
  const out = path.join(root, '_site');
  execFileSync('dotnet', [sitegen, 'build', '--content', path.join(root, 'content'), '--seeds', path.join(root, 'seeds'),
    '--templates', path.join(repo, 'templates'), '--out', out, '--quiet', '--source-date-epoch', '1700000000'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}

before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Opens a missing address and reports what a reader gets: the status, whether the site's stylesheet applies, where each link leads. */
async function visit(site, prefix, address, shot) {
  const server = await serve(site, prefix);
  servers.push(server);
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 360, height: 800 });
    const problems = [];
    // The one 404 expected is the missing address itself, which Chromium also logs.
    page.on('console', m => { if (m.type() === 'error' && m.location()?.url !== server.base + address) problems.push(`${m.text()} ${m.location()?.url}`); });
    page.on('pageerror', e => problems.push(e.message));
    page.on('requestfailed', r => problems.push(`failed: ${r.url()}`));
    page.on('response', r => { if (r.status() >= 400 && r.url() !== server.base + address) problems.push(`${r.status()}: ${r.url()}`); });
    const response = await page.goto(server.base + address, { waitUntil: 'load' });
    const seen = await page.evaluate(() => ({
      title: document.title,
      styled: [...document.styleSheets].some(s => /\/assets\/site\.css$/.test(s.href ?? '') && s.cssRules.length > 0),
      links: [...document.querySelectorAll('a[href]')].map(a => a.href).concat([...document.querySelectorAll('form[action]')].map(f => f.action)),
    }));
    if (shot && shots) { fs.mkdirSync(shots, { recursive: true }); await page.screenshot({ path: path.join(shots, shot), fullPage: true }); }
    const broken = [];
    // A link to a fragment of the page itself (the skip link, without a <base>) is the page, not a page it leads to.
    for (const link of new Set(seen.links.map(l => l.split('#')[0]).filter(l => l.startsWith('http') && l !== server.base + address))) {
      const status = await page.evaluate(async u => (await fetch(u)).status, link);
      if (status !== 200 || !link.startsWith(server.base)) broken.push(`${status} ${link}`);
    }
    return { status: response.status(), ...seen, broken, problems };
  } finally {
    await page.close();
  }
}

for (const [prefix, siteUrl] of [['/', 'https://example.gov.cn/'], ['/gov/policy/', 'https://example.gov.cn/gov/policy/']]) {
  test(`with site_url known, the 404 page works at a deep address under ${prefix}`, async () => {
    const site = build(prefix === '/' ? 'root' : 'sub', siteUrl);
    for (const address of ['programs/nope/x/', 'programs/south-02/nope/deeper/page.html', 'nope']) {
      const seen = await visit(site, prefix, address, `404-${prefix === '/' ? 'root' : 'sub'}-${address.split('/').length}.png`);
      assert.equal(seen.status, 404);
      assert.match(seen.title, /页面未找到/);
      assert.ok(seen.styled, `${prefix}${address}: the stylesheet does not apply`);
      assert.ok(seen.links.length >= 10, `${prefix}${address}: only ${seen.links.length} links`);
      assert.deepEqual(seen.broken, [], `${prefix}${address}: links that lead nowhere`);
      assert.deepEqual(seen.problems, [], `${prefix}${address}: console errors or failed requests`);
    }
  });
}

test('without site_url, the 404 page works at the top level of a sub-path and of /', async () => {
  const site = build('unknown', '');
  for (const prefix of ['/', '/gov/policy/']) {
    const seen = await visit(site, prefix, 'no-such-page.html');
    assert.equal(seen.status, 404);
    assert.ok(seen.styled, `${prefix}: the stylesheet does not apply`);
    assert.deepEqual(seen.broken, [], `${prefix}: links that lead nowhere`);
  }
});
