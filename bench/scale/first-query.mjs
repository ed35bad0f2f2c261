// What the first search query downloads, in Debian's Chromium, for SiteGen's search page and optionally for
// Pagefind over a Hugo build of the same programmes: each question asked on a fresh page, served with gzip as
// docs/DEPLOY.md configures servers, and the bytes of the search code, index pieces and result fragments counted.
// Usage: node bench/scale/first-query.mjs <sitegen-site> [<hugo-site-with-pagefind>]
// QUERIES=N asks N of the questions, evenly spread, instead of all (each fresh page loads the whole search page).
// Prints one JSON line: { asked, sitegen: { median, max, page }, pagefind?: { median, max } } in bytes; page is the
// gzipped search page itself, which the other figures leave out.
import path from 'node:path';
import { serve } from '../../tests/browser/lib/static-server.mjs';
import { launch, ask, openSearch } from '../../tests/browser/lib/browser.mjs';
import { questions } from '../../tests/browser/lib/questions.mjs';

const repo = path.resolve(import.meta.dirname, '..', '..');
const [sitegenSite, hugoSite] = process.argv.slice(2);
// The relevance set's words; their region filters name real regions, which synthetic content re-homes, so they are left out.
const all = questions(path.join(repo, 'tests', 'relevance', 'questions.yaml')).map(q => q.q);
const count = Math.min(all.length, Number(process.env.QUERIES ?? all.length));
const asked = Array.from({ length: count }, (_, i) => all[Math.floor(i * all.length / count)]);
const summary = xs => { const s = xs.slice().sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)], max: s[s.length - 1] }; };

const browser = await launch();
try {
  const result = {};
  const ours = await serve(sitegenSite, '/', { gzip: true });
  const sizes = [];
  let pageBytes = 0;
  for (const q of asked) {
    const page = await browser.newPage();
    ours.reset();
    await openSearch(page, `${ours.base}search/index.html`);
    pageBytes = ours.bytesFor(/search\/index\.html$/);
    await ask(page, q);
    sizes.push(ours.bytesFor(/assets\/search\.js|search\/index\//));
    await page.close();
  }
  await ours.close();
  result.asked = asked.length;
  result.sitegen = { ...summary(sizes), page: pageBytes };

  if (hugoSite) {
    const theirs = await serve(hugoSite, '/', { gzip: true });
    const pf = [];
    for (const q of asked) {
      const page = await browser.newPage();
      await page.goto(`${theirs.base}index.html`, { waitUntil: 'load' });
      theirs.reset();
      await page.evaluate(async (q, base) => {
        const pagefind = await import(base + 'pagefind/pagefind.js');
        await pagefind.init();
        const found = await pagefind.search(q);
        await Promise.all(found.results.slice(0, 10).map(r => r.data()));
      }, q, theirs.base);
      pf.push(theirs.bytesFor(/\/pagefind\//));
      await page.close();
    }
    await theirs.close();
    result.pagefind = summary(pf);
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
