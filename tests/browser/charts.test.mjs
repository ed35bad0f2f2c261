// The comparison pages' charts in Chromium: at 360 px nothing scrolls sideways, every chart is an image with an
// accessible name, its text is drawn at 14 px or more and stays inside the drawing, and the table beside it holds the
// same amounts in the same order. At 1280 px no region name in a comparison table wraps onto a second line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { servedSite } from './lib/session.mjs';

const site = process.env.SITE_DIR;
assert.ok(site, 'tests/run sets SITE_DIR to a built site');
const session = servedSite(site, '/');
const comparePages = fs.readdirSync(`${site}/compare`).filter(n => fs.existsSync(`${site}/compare/${n}/index.html`)).sort()
  .map(n => `compare/${n}/index.html`);
const shots = process.env.SCREENSHOT_DIR;

async function open(address, width) {
  const page = await session.browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.goto(session.server.base + address, { waitUntil: 'load' });
  return page;
}

test('the comparison pages with charts', () => {
  const withCharts = comparePages.filter(p => fs.readFileSync(`${site}/${p}`, 'utf8').includes('<svg class="chart"'));
  assert.ok(withCharts.length >= 5, `only ${withCharts.length} comparison pages have charts`);
});

for (const address of comparePages) {
  test(`${address} at 360 px: no sideways scroll, named charts with matching tables, text of 14 px or more`, async () => {
    const page = await open(address, 360);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(scroll, 0, `${address} scrolls sideways by ${scroll} px`);
    const charts = await page.$$('svg.chart');
    for (const [i, svg] of charts.entries()) {
      const node = await page.accessibility.snapshot({ root: svg, interestingOnly: false });
      assert.equal(node?.role, 'image', `chart ${i + 1} is not exposed as an image`);
      assert.match(node.name ?? '', /条形图/, `chart ${i + 1} has no accessible name`);
      const facts = await svg.evaluate(el => {
        const box = el.getBoundingClientRect();
        const scale = box.width / el.viewBox.baseVal.width;
        const texts = [...el.querySelectorAll('text')];
        const size = Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
        const outside = texts.filter(t => { const r = t.getBoundingClientRect(); return r.left < box.left - 0.5 || r.right > box.right + 0.5; }).map(t => t.textContent);
        const values = [...el.querySelectorAll('text.chart-value')].map(t => t.textContent);
        const table = el.closest('section').querySelector('table.chart-data');
        const caption = table?.querySelector('caption')?.textContent ?? '';
        const headers = table ? [...table.querySelectorAll('thead th[scope=col]')].length : 0;
        const rowHeaders = table ? [...table.querySelectorAll('tbody th[scope=row]')].length : 0;
        const amounts = table ? [...table.querySelectorAll('tbody td.chart-amount')].map(td => td.textContent.trim()) : [];
        return { size, outside, values, caption, headers, rowHeaders, amounts, bars: el.querySelectorAll('rect.chart-bar').length };
      });
      assert.ok(facts.size >= 14, `chart ${i + 1}: text drawn at ${facts.size.toFixed(1)} px`);
      assert.deepEqual(facts.outside, [], `chart ${i + 1}: text outside the drawing`);
      assert.ok(facts.caption.length > 0, `chart ${i + 1}: its table has no caption`);
      assert.equal(facts.headers, 4);
      assert.equal(facts.rowHeaders, facts.bars);
      assert.equal(facts.values.length, facts.bars);
      assert.deepEqual(facts.amounts, facts.values, `chart ${i + 1}: the table's amounts differ from the chart's`);
    }
    if (shots && charts.length > 0) {
      fs.mkdirSync(shots, { recursive: true });
      await charts[0].screenshot({ path: `${shots}/${address.split('/')[1]}-chart-360.png` });
    }
    await page.close();
  });
}

test('at 1280 px no region name in a comparison table wraps', async () => {
  for (const address of comparePages) {
    const page = await open(address, 1280);
    const wrapped = await page.evaluate(() => [...document.querySelectorAll('table.compare tbody th[scope=row]')].filter(th => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
    }).map(th => th.textContent));
    assert.deepEqual(wrapped, [], `${address}: region names on more than one line`);
    await page.close();
  }
});
