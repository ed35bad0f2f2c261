// The calculators and the finder in Chromium: every hand-worked case of content/rules/ gives its amount in the
// page script, and a reader can fill a calculator and the finder at 360 px and get the amount, the working and
// whom to call, with nothing sent anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { servedSite } from './lib/session.mjs';

const site = process.env.SITE_DIR;
assert.ok(site, 'tests/run sets SITE_DIR to a built site');
const calculators = path.join(import.meta.dirname, '..', '..', 'content', 'rules', 'calculators');
const session = servedSite(site, '/');

async function open(address, width = 360) {
  const page = await session.browser.newPage();
  await page.setViewport({ width, height: 800 });
  const requests = [];
  page.on('request', r => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(session.server.base + address, { waitUntil: 'load' });
  return { page, requests, errors };
}

test('every hand-worked case gives its amount in Chromium', async () => {
  const cases = fs.readdirSync(calculators).filter(n => n.endsWith('.yaml')).sort().flatMap(name => {
    const rule = YAML.parse(fs.readFileSync(path.join(calculators, name), 'utf8'));
    return (rule.cases ?? []).map((c, i) => ({ id: rule.id, i, inputs: Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, String(v)])), amount: c.amount, eligible: c.eligible }));
  });
  assert.ok(cases.length > 300, `only ${cases.length} cases`);
  const { page } = await open('finder/index.html');
  await page.waitForFunction(() => window.SiteGenRules);
  const results = await page.evaluate(list => {
    const data = JSON.parse(document.getElementById('sitegen-rules').textContent);
    return list.map(c => window.SiteGenRules.evaluate(data, c.id, c.inputs));
  }, cases);
  const wrong = [];
  cases.forEach((c, k) => {
    const r = results[k];
    if (c.amount !== undefined) {
      if (r.status !== 'ok' || Number(r.amount).toFixed(2) !== Number(c.amount).toFixed(2)) wrong.push(`${c.id} case ${c.i + 1}: expected ${c.amount}, got ${r.status} ${r.amount}`);
    } else if (c.eligible === false && r.status !== 'not_eligible') wrong.push(`${c.id} case ${c.i + 1}: expected not eligible, got ${r.status}`);
    else if (c.eligible === true && r.status !== 'ok') wrong.push(`${c.id} case ${c.i + 1}: expected eligible, got ${r.status}`);
  });
  assert.deepEqual(wrong, []);
  await page.close();
});

test('a reader fills the 低保 calculator on a phone and gets the amount, the working and the phone', async () => {
  const { page, requests, errors } = await open('programs/yangquan-01/index.html');
  const app = await page.waitForSelector('.calc-app form');
  await page.select('.calc-app select', '城市');
  const [people, income] = await page.$$('.calc-app input');
  await people.type('3');
  await income.type('400');
  await page.click('.calc-app button[type=submit]');
  const text = await page.$eval('.calc-app .rules-result', e => e.innerText);
  assert.match(text, /每月\s*771\s*元/);
  assert.match(text, /\(657 − 400\) × 3 = 771 元\/月/);
  assert.match(text, /《2026年阳泉市社会救助惠民政策清单》第6行/);
  const tel = await page.$$eval('.calc-app .rules-result a[href^="tel:"]', as => as.map(a => a.getAttribute('href')));
  assert.ok(tel.includes('tel:03532293698'), tel.join(' '));
  // A wrong answer is named next to its field, and the result says what to fix; never NaN or a blank.
  await income.click({ clickCount: 3 });
  await income.type('四百');
  await page.click('.calc-app button[type=submit]');
  const invalid = await page.$eval('.calc-app .rules-result', e => e.innerText);
  assert.match(invalid, /家庭月人均收入应为数字/);
  assert.equal(await income.evaluate(e => e.getAttribute('aria-invalid')), 'true');
  assert.doesNotMatch(invalid, /NaN|undefined/);
  // The form fits the phone's width: no sideways scrolling.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page scrolls sideways');
  assert.deepEqual(requests.filter(u => !u.startsWith(session.server.base)), [], 'a request left the site');
  assert.deepEqual(errors, []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length), 0, 'nothing is stored');
  await page.close();
});

test('without JavaScript the programme page still shows the worked example', async () => {
  const html = fs.readFileSync(path.join(site, 'programs', 'yangquan-01', 'index.html'), 'utf8');
  assert.match(html, /class="worked-example"/);
  assert.match(html, /\(657 − 400\) (×|&#215;) 3 = 771 元\/月/);
  assert.match(html, /<noscript>/);
});

test('the finder lists what an 85-year-old on 低保 in 阳泉 may get, with amounts and whom to call', async () => {
  const { page, requests, errors } = await open('finder/index.html');
  await page.waitForSelector('.finder-app select');
  const region = await page.$('.finder-app select');
  await region.select('yangquan');
  await page.waitForFunction(() => document.querySelectorAll('.finder-app fieldset').length > 0);
  // Only the questions that matter for 阳泉 are asked, grouped under legends.
  const legends = await page.$$eval('.finder-app legend', ls => ls.map(l => l.textContent));
  assert.ok(legends.length >= 2, legends.join(' '));
  // Most questions wait in folded groups, so an elderly reader first sees only the few that decide most rules.
  const shown = await page.$$eval('.finder-app .rules-field', fs => fs.filter(f => f.checkVisibility()).length);
  const all = await page.$$eval('.finder-app .rules-field', fs => fs.length);
  assert.ok(shown * 2 < all, `${shown} of ${all} questions shown at first`);
  const fill = async (label, value) => {
    const id = await page.evaluate(text => [...document.querySelectorAll('.finder-app label')].find(l => l.textContent.trim() === text)?.htmlFor, label);
    assert.ok(id, `no question ${label}`);
    const tag = await page.$eval(`#${id}`, e => e.tagName);
    if (tag === 'SELECT') await page.select(`#${id}`, value); else await page.type(`#${id}`, value);
  };
  await fill('年龄（周岁）', '85');
  await fill('是否为低保对象（含低保家庭成员）', '是');
  await page.click('.finder-app button[type=submit]');
  const text = await page.$eval('.finder-app .finder-result', e => e.innerText);
  assert.match(text, /可能符合/);
  assert.match(text, /高龄津贴/);
  assert.match(text, /以主管部门审核为准/);
  const tel = await page.$$eval('.finder-app .finder-result a[href^="tel:"]', as => as.length);
  assert.ok(tel > 0, 'every entry gives a phone to call');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page scrolls sideways');
  assert.deepEqual(requests.filter(u => !u.startsWith(session.server.base)), []);
  assert.deepEqual(errors, []);
  await page.close();
});
