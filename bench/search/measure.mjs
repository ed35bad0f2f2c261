// Measures SiteGen's browser search against Pagefind over the same built site, in Debian's Chromium:
// index size on disk, bytes the first query downloads, query latency, and relevance on the question set.
// Usage (from the repository root, after building the site): node bench/search/measure.mjs <site-dir>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../../tests/browser/lib/static-server.mjs';
import { launch, ask, openSearch } from '../../tests/browser/lib/browser.mjs';
import { questions } from '../../tests/browser/lib/questions.mjs';

const here = import.meta.dirname;
const repo = path.resolve(here, '..', '..');
const source = path.resolve(process.argv[2] ?? path.join(repo, '_site'));
// QUESTIONS=tuning.yaml or held-out.yaml measures a caller set instead (totals only are printed).
const asked = questions(path.join(repo, 'tests', 'relevance', process.env.QUESTIONS ?? 'questions.yaml')).filter(q => (q.expect ?? []).length > 0);

// One copy of the site holds both indexes: SiteGen's (search/index/) and Pagefind's, over the programme pages.
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sitegen-bench-'));
fs.cpSync(source, site, { recursive: true });
execFileSync(path.join(here, 'node_modules', '.bin', 'pagefind'),
  ['--site', site, '--glob', 'programs/*/index.html', '--output-subdir', 'pagefind', '--quiet'], { stdio: 'inherit' });

// Both engines are served alike, compressed as docs/DEPLOY.md configures servers; the bytes counted are the bytes sent.
const server = await serve(site, '/', { gzip: process.env.NO_GZIP !== '1' });
// Timed in a browser that does not report each request to puppeteer, which doubled a request's cost here.
const browser = await launch({ networkEnabled: false });
const idOf = url => (url.match(/programs\/([^/]+)\//) ?? [])[1];

async function sitegenFirstQuery(question) {
  const page = await browser.newPage();
  server.reset();
  await openSearch(page, `${server.base}search/index.html`);
  // The search page is ordinary HTML; its search code and index start loading with it.
  const shown = await ask(page, question.q, question);
  // Everything search needs beyond the page itself: the search code, the index pieces and the result fragments.
  const bytes = server.bytesFor(/assets\/search\.js|search\/index\//);
  await page.close();
  return { bytes, shown };
}

async function pagefindFirstQuery(q) {
  const page = await browser.newPage();
  await page.goto(`${server.base}404.html`, { waitUntil: 'load' });
  server.reset();
  const ids = await page.evaluate(async (q, base) => {
    const pf = await import(base + 'pagefind/pagefind.js');
    await pf.init();
    const found = await pf.search(q);
    const data = await Promise.all(found.results.slice(0, 10).map(r => r.data()));
    return data.map(d => d.url);
  }, q, server.base);
  const bytes = server.bytesFor(/\/pagefind\//);
  await page.close();
  return { bytes, ids: ids.map(idOf) };
}

async function latencies(run) {
  const times = [];
  for (const question of asked) times.push(await run(question));
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)], p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] };
}

function relevance(rankings) {
  let rr = 0, recall = 0, zero = 0;
  asked.forEach(({ expect }, i) => {
    const ids = rankings[i];
    if (ids.length === 0) zero++;
    const first = ids.slice(0, 10).findIndex(id => expect.includes(id));
    if (first >= 0) rr += 1 / (first + 1);
    recall += expect.filter(id => ids.slice(0, 5).includes(id)).length / Math.min(expect.length, 5);
  });
  return { mrr10: rr / asked.length, recall5: recall / asked.length, zeroRate: zero / asked.length };
}

function fileBytes(files) { return files.reduce((n, f) => n + fs.statSync(path.join(site, f)).size, 0); }
function folderBytes(dir) {
  return fs.readdirSync(dir, { recursive: true }).map(f => path.join(dir, f)).filter(f => fs.statSync(f).isFile())
    .reduce((n, f) => n + fs.statSync(f).size, 0);
}
const median = xs => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// SiteGen: first-query downloads (fresh page each), then latency and rankings on one loaded page.
const ours = [];
for (const question of asked) ours.push(await sitegenFirstQuery(question));
const page = await browser.newPage();
await openSearch(page, `${server.base}search/index.html`);
const ourRankings = [];
const ourFirst = [];
const ourLatency = await latencies(async question => {
  const r = await ask(page, question.q, question);
  ourRankings.push(r.ids);
  ourFirst.push(r.firstMs);
  return r.ms;
});
const percentile = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * p) - 1)];

// Pagefind: the same, with its own API (loaded on the first search). Its index has no region filter, so a
// question's filter is not applied there.
const theirs = [];
for (const { q } of asked) theirs.push(await pagefindFirstQuery(q));
const pfPage = await browser.newPage();
await pfPage.goto(`${server.base}404.html`, { waitUntil: 'load' });
await pfPage.evaluate(async base => { window.pf = await import(base + 'pagefind/pagefind.js'); await window.pf.init(); await window.pf.preload('低保'); }, server.base);
const theirRankings = [];
const theirLatency = await latencies(async ({ q }) => {
  const r = await pfPage.evaluate(async q => {
    const t = performance.now();
    const found = await window.pf.search(q);
    const data = await Promise.all(found.results.slice(0, 10).map(x => x.data()));
    return { ms: performance.now() - t, urls: data.map(d => d.url) };
  }, q);
  theirRankings.push(r.urls.map(idOf));
  return r.ms;
});

const a = relevance(ourRankings), b = relevance(theirRankings);
const kb = n => (n / 1024).toFixed(1) + ' KiB';
const ms = n => n.toFixed(1) + ' ms';
const f3 = n => n.toFixed(3);
const rows = [
  ['index size on disk', kb(folderBytes(path.join(site, 'search', 'index')) + fileBytes(['assets/search.js'])), kb(folderBytes(path.join(site, 'pagefind')))],
  ['first query downloads, median over questions', kb(median(ours.map(o => o.bytes))), kb(median(theirs.map(t => t.bytes)))],
  ['first query downloads, largest', kb(Math.max(...ours.map(o => o.bytes))), kb(Math.max(...theirs.map(t => t.bytes)))],
  ['first query: rounds of requests, median / largest', `${median(ours.map(o => o.shown.rounds))} / ${Math.max(...ours.map(o => o.shown.rounds))}`, '—'],
  ['query latency p50, until the top ten show with their details (search code loaded); Pagefind search() and data()', ms(ourLatency.p50), ms(theirLatency.p50)],
  ['query latency p95, the same', ms(ourLatency.p95), ms(theirLatency.p95)],
  ['query latency p50 / p95 until the first result shows with its details', `${ms(percentile(ourFirst, 0.5))} / ${ms(percentile(ourFirst, 0.95))}`, '—'],
  ['MRR@10', f3(a.mrr10), f3(b.mrr10)],
  ['recall@5', f3(a.recall5), f3(b.recall5)],
  ['zero-result rate', f3(a.zeroRate), f3(b.zeroRate)],
];
console.log(`${asked.length} questions, ${fs.readdirSync(path.join(site, 'programs')).length - 1} programme pages, Chromium ${await browser.version()}\n`);
console.log('| measure | SiteGen | Pagefind |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

await browser.close();
await server.close();
fs.rmSync(site, { recursive: true, force: true });
