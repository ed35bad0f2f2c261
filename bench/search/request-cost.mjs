// What a round of index requests costs in the page, apart from what is in them: n small pieces fetched at once
// (postings shards, about 1.6 KB each, from the benchmark's server with gzip), median of seven rounds of different
// pieces for each n. Usage (after building the site): node bench/search/request-cost.mjs <site-dir>
import path from 'node:path';
import { serve } from '../../tests/browser/lib/static-server.mjs';
import { launch, openSearch } from '../../tests/browser/lib/browser.mjs';

const server = await serve(path.resolve(process.argv[2] ?? '_site'), '/', { gzip: true });
// Timed in a browser that does not report each request to puppeteer, which doubled a request's cost here.
const browser = await launch({ networkEnabled: false });
const page = await browser.newPage();
await openSearch(page, `${server.base}search/index.html`);
console.log('| requests in one round | median time |\n|---|---|');
for (const n of [1, 2, 6, 7, 12, 14, 24]) {
  const ms = await page.evaluate(async n => {
    const rounds = [];
    for (let round = 0; round < 7; round++) {
      const started = performance.now();
      await Promise.all(Array.from({ length: n }, (_, i) =>
        fetch(`../search/index/shards/${String(100 + round * 30 + i).padStart(3, '0')}.js`).then(r => r.text())));
      rounds.push(performance.now() - started);
    }
    return rounds.sort((a, b) => a - b)[3];
  }, n);
  console.log(`| ${n} | ${ms.toFixed(1)} ms |`);
}
await browser.close();
await server.close();
