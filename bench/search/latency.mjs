// Query latency on one page, without Pagefind: each question of a set asked in turn on one loaded search page, as
// measure.mjs times it, with p50 and p95 until the top ten show with their details, and how many requests the
// questions made, by kind of piece. Quick enough to alternate two builds of the site in one sitting.
// Usage (from the repository root): QUESTIONS=tuning.yaml node bench/search/latency.mjs <site-dir> [slowest-to-list]
import path from 'node:path';
import { serve } from '../../tests/browser/lib/static-server.mjs';
import { launch, ask, openSearch } from '../../tests/browser/lib/browser.mjs';
import { questions } from '../../tests/browser/lib/questions.mjs';

const repo = path.resolve(import.meta.dirname, '..', '..');
const asked = questions(path.join(repo, 'tests', 'relevance', process.env.QUESTIONS ?? 'questions.yaml')).filter(q => (q.expect ?? []).length > 0);
const slowest = Number(process.argv[3] ?? 0);
const server = await serve(path.resolve(process.argv[2] ?? path.join(repo, '_site')), '/', { gzip: process.env.NO_GZIP !== '1' });
// As in measure.mjs: a reader's browser does not report each request to puppeteer.
const browser = await launch({ networkEnabled: false });
const page = await browser.newPage();
await openSearch(page, `${server.base}search/index.html`);
const rows = [];
const byKind = {};
for (const question of asked) {
  server.reset();
  const shown = await ask(page, question.q, question);
  const kinds = {};
  for (const r of server.state.requests) {
    const kind = r.path.replace(/^.*\/search\/index\//, '').split('/')[0];
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  rows.push({ ms: shown.ms, requests: server.state.requests.length, kinds });
}
const times = rows.map(r => r.ms).sort((a, b) => a - b);
const at = p => times[Math.min(times.length - 1, Math.ceil(times.length * p) - 1)];
console.log(`${asked.length} questions: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms; requests ${rows.reduce((n, r) => n + r.requests, 0)} (${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')})`);
for (const r of rows.sort((a, b) => b.ms - a.ms).slice(0, slowest)) console.log(`${r.ms.toFixed(1)} ms, ${r.requests} requests: ${JSON.stringify(r.kinds)}`);
await browser.close();
await server.close();
