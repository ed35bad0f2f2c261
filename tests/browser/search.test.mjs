// The search page in a real browser: same results as the operator's command line, served under a sub-path
// and opened from disk, keyboard use, a helpful empty result, and no request that leaves the site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { ask, openSearch } from './lib/browser.mjs';
import { servedSite } from './lib/session.mjs';
import { questions } from './lib/questions.mjs';

const site = process.env.SITE_DIR;
const sitegen = process.env.SITEGEN_DLL;
const repo = path.resolve(import.meta.dirname, '..', '..');
assert.ok(site && sitegen, 'tests/run sets SITE_DIR (a built site) and SITEGEN_DLL (the published sitegen.dll)');

const session = servedSite(site, '/gov/hmzc/');

// The command line's hits for a question: the programme id of each and whether it is a close match.
function cliHits(question, region, top) {
  const out = execFileSync('dotnet', [sitegen, 'search', question, '--json', '--top', String(top), '--content', path.join(repo, 'content'),
    '--index', path.join(repo, '.sitegen', 'browser-test-index'), ...(region ? ['--region', region] : [])], { encoding: 'utf8' });
  return JSON.parse(out).map(hit => ({ id: hit.url.match(/programs\/([^/]+)\//)[1], close: hit.close }));
}

function cliTopTen(question, region) { return cliHits(question, region, 10).map(hit => hit.id); }

async function newPage() {
  const page = await session.browser.newPage();
  const problems = [];
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', e => problems.push(e.message));
  await page.setRequestInterception(true);
  page.on('request', r => {
    const url = r.url();
    if (url.startsWith(session.server.base) || url.startsWith('file:')) r.continue();
    else { problems.push(`request outside the site: ${url}`); r.abort(); }
  });
  return { page, problems };
}

test('for every relevance question the browser shows the command line\'s top ten, in order', async () => {
  const { page, problems } = await newPage();
  await openSearch(page, `${session.server.base}search/index.html`);
  const asked = questions(path.join(repo, 'tests', 'relevance', 'questions.yaml'));
  // The command line filters by region only; questions with other filters are compared by the Jint parity tests.
  for (const question of asked.filter(x => !x.dept_type && !x.audience)) {
    const shown = await ask(page, question.q, question);
    assert.deepEqual(shown.ids, cliTopTen(question.q, question.region), question.q);
  }
  assert.ok(asked.length >= 45);
  assert.deepEqual(problems, []);
});

test('the search page works opened from disk, and a ?q= address is shareable', async () => {
  const { page, problems } = await newPage();
  const url = pathToFileURL(path.join(site, 'search', 'index.html')).href + '?q=' + encodeURIComponent('低保');
  await openSearch(page, url);
  await page.waitForFunction(() => document.querySelectorAll('#search-results .search-hit').length > 0, { timeout: 10000 });
  const first = await page.$eval('#search-results .search-hit-title a', a => a.getAttribute('href'));
  assert.match(first, /^\.\.\/programs\/[a-z0-9-]+\/index\.html$/);
  assert.deepEqual(problems, []);
});

test('keyboard: / focuses the box, arrows move through results, Enter opens one', async () => {
  const { page } = await newPage();
  await openSearch(page, `${session.server.base}search/index.html`);
  await page.click('h1');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  await page.keyboard.type('高龄津贴');
  await page.waitForFunction(() => document.getElementById('search-results').getAttribute('data-query') === '高龄津贴');
  await page.keyboard.press('ArrowDown');
  const target = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.match(target, /programs\//);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.ok(page.url().endsWith(target.replace(/^\.\.\//, '')), page.url());
});

test('a question with no answer offers suggestions and the hotline directory', async () => {
  const { page } = await newPage();
  await openSearch(page, `${session.server.base}search/index.html`);
  const shown = await ask(page, 'qwxzv');
  assert.deepEqual(shown.ids, []);
  const empty = await page.$eval('#search-results .search-empty', li => ({
    suggestions: li.querySelectorAll('.search-suggestion').length,
    hotlines: li.querySelector('.search-hotlines').getAttribute('href'),
  }));
  assert.ok(empty.suggestions > 0);
  assert.equal(empty.hotlines, '../hotlines/index.html');
});

test('a query fetches the manifest and the pieces it needs in three rounds; "more results" brings the next fragments', async () => {
  const { page, problems } = await newPage();
  const fetched = [];
  page.on('request', r => { const m = r.url().match(/search\/index\/(.*)$/); if (m) fetched.push(m[1]); });
  await openSearch(page, `${session.server.base}search/index.html`);
  const shown = await ask(page, '补贴');
  assert.equal(shown.ids.length, 10);
  const kinds = new Set(fetched.map(f => f.split('/')[0]));
  assert.deepEqual([...kinds].sort(), ['docs', 'manifest.js', 'shards', 'words']);
  assert.equal(fetched.filter(f => f.startsWith('docs/')).length, 10, 'the fragments of the ten results shown, no others');
  // A question of plain words waits three times: for its words, its postings and its results' fragments.
  assert.equal(shown.rounds, 3);
  await page.click('#search-results .search-more button');
  await page.waitForFunction(() => document.querySelectorAll('#search-results .search-hit .search-hit-meta').length >= 11, { timeout: 10000 });
  const links = await page.$$eval('#search-results .search-hit-title a', as => as.map(a => a.getAttribute('href')));
  assert.ok(links.length > 10);
  for (const href of links) assert.match(href, /^\.\.\/programs\/[a-z0-9-]+\/index\.html$/);
  assert.equal(new Set(links).size, links.length, 'every result once');
  assert.deepEqual(problems, []);
});

test('the best result shows as soon as its fragment is in, before the fragments of the others', async () => {
  const page = await session.browser.newPage();
  const held = [];
  let fragments = 0;
  await page.setRequestInterception(true);
  // The first fragment asked for (the best result's: they are asked for in rank order) goes through; the rest wait.
  page.on('request', r => { if (/search\/index\/docs\//.test(r.url()) && fragments++ > 0) held.push(r); else r.continue(); });
  await openSearch(page, `${session.server.base}search/index.html`);
  await page.evaluate(() => { document.getElementById('q').value = '低保'; document.getElementById('search-form').requestSubmit(); });
  await page.waitForFunction(() => document.querySelectorAll('#search-results .search-hit').length > 0, { timeout: 10000 });
  const early = await page.$$eval('#search-results .search-hit', lis => lis.map(li => li.getAttribute('data-id')));
  assert.deepEqual(early, [cliTopTen('低保')[0]], 'the top result alone, with the others still on their way');
  assert.match(await page.$eval('#search-results .search-hit', li => li.textContent), /标准：/, 'with what it gives');
  assert.ok(held.length > 0);
  held.forEach(r => r.continue());
  await page.waitForFunction(() => document.getElementById('search-results').getAttribute('data-query') === '低保');
  assert.deepEqual(await page.$$eval('#search-results .search-hit', lis => lis.map(li => li.getAttribute('data-id'))), cliTopTen('低保'));
  await page.close();
});

test('the count is of the close matches, and the weaker ones follow a line that says so, as on the command line', async () => {
  const { page, problems } = await newPage();
  await openSearch(page, `${session.server.base}search/index.html`);
  const cli = cliHits('低保', null, 100);
  assert.ok(cli.length < 100, 'every result listed');
  const close = cli.filter(h => h.close).length;
  assert.ok(close > 0 && close < cli.length, `${close} close of ${cli.length}`);
  await ask(page, '低保');
  const status = await page.$eval('#search-status', s => s.textContent);
  assert.ok(status.startsWith(`找到 ${close} 条结果，另有 ${cli.length - close} 条相关度较低`), status);
  // Cards arrive one by one, so the line and the cards are counted in one look, after each page of them has settled.
  const look = () => page.$eval('#search-results', ol => ({
    apart: ol.querySelector('.search-apart') !== null, shown: ol.querySelectorAll('.search-hit').length,
  }));
  for (let now = await look(); !now.apart; now = await look()) {
    assert.ok(now.shown <= close, `no line before the weaker matches after ${now.shown} results`);
    await page.click('#search-results .search-more button');
    const settled = Math.min(cli.length, now.shown + 10);
    await page.waitForFunction(n => document.querySelectorAll('#search-results .search-hit').length >= n, { timeout: 10000 }, settled);
  }
  const around = await page.$eval('#search-results .search-apart', li => ({
    before: li.previousElementSibling.getAttribute('data-id'), after: li.nextElementSibling.getAttribute('data-id'), text: li.textContent,
  }));
  assert.deepEqual([around.before, around.after], [cli[close - 1].id, cli[close].id]);
  assert.equal(around.text, '以下结果相关度较低');
  assert.equal(await page.$$eval('#search-results .search-apart', li => li.length), 1);
  assert.deepEqual(problems, []);
});

test('the region filter and a place named in the question keep what the command line keeps', async () => {
  const { page, problems } = await newPage();
  await openSearch(page, `${session.server.base}search/index.html`);
  const regions = await page.$$eval('#f-region option', os => os.map(o => o.value).filter(Boolean));
  for (const region of regions.slice(0, 6)) {
    // The same question again: the results shown so far must not count as the answer.
    await page.$eval('#search-results', r => r.removeAttribute('data-ms'));
    const shown = await ask(page, '补贴', { region });
    assert.deepEqual(shown.ids, cliTopTen('补贴', region), region);
  }
  const named = await ask(page, '阳泉 高龄津贴');
  assert.deepEqual(named.ids, cliTopTen('阳泉 高龄津贴'));
  // The place typed in pinyin, as a phone keyboard gives it with the candidates dismissed: the same place's programmes.
  const spelled = await ask(page, 'yangquan gaoling jintie');
  assert.deepEqual(spelled.ids, cliTopTen('yangquan gaoling jintie'));
  assert.deepEqual(spelled.ids, named.ids);
  assert.deepEqual(problems, []);
});
