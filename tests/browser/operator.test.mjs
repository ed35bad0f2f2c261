// The operator's desk in Chromium at 360 px: the 答复要点's copy button (clipboard and the execCommand fallback,
// by keyboard), "/" to the search box on every page, result cards with the amount, how to apply and a tap-to-call
// phone, the department filter kept in a shared link, and the search page without JavaScript (a message leading to
// every programme by region in pinyin order, an index of initials, page by page, no sideways scroll at 320 px).
// Screenshots go to SHOTS_DIR (default /tmp/shots-operator) for a reviewer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ask, openSearch } from './lib/browser.mjs';
import { servedSite } from './lib/session.mjs';

const site = process.env.SITE_DIR;
assert.ok(site, 'tests/run sets SITE_DIR to a built site');
const shots = process.env.SHOTS_DIR ?? '/tmp/shots-operator';
fs.mkdirSync(shots, { recursive: true });
const session = servedSite(site, '/');

async function open(address, { width = 360, js = true, before } = {}) {
  const page = await session.browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.setJavaScriptEnabled(js);
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  if (before) await page.evaluateOnNewDocument(before);
  await page.goto(session.server.base + address, { waitUntil: 'load' });
  return { page, errors };
}

const program = 'programs/yangquan-01/index.html';

async function expectedAnswer(page) {
  return page.evaluate(() => {
    const s = document.querySelector('section.answer');
    return {
      title: document.querySelector('h1').textContent.trim(),
      items: [...s.querySelectorAll('dt')].map(dt => dt.textContent.trim()),
      phones: [...s.querySelectorAll('a[href^="tel:"]')].map(a => a.textContent.replace('☎', '').trim()),
      howMuch: s.querySelectorAll('dd')[1].textContent.trim(),
      href: location.href,
    };
  });
}

function assertCopied(text, want) {
  assert.ok(text.startsWith(want.title + '\n'), text);
  assert.equal(text.split('\n')[1], '地区：阳泉市');
  for (const item of ['谁能申请', '享受标准', '怎么办理', '咨询电话']) assert.match(text, new RegExp('^' + item + '：', 'm'));
  assert.ok(want.phones.length > 0);
  for (const phone of want.phones) assert.ok(text.includes(phone), `no ${phone} in ${text}`);
  assert.ok(text.includes(want.howMuch), text);
  assert.ok(text.trimEnd().endsWith('网址：' + want.href), text);
  assert.doesNotMatch(text, /☎|复制答复要点|已复制|<|undefined/);
}

test('the copy button copies the 答复要点 as plain text through the clipboard, by keyboard', async () => {
  const context = session.browser.defaultBrowserContext();
  await context.overridePermissions(session.server.base.replace(/\/$/, ''), ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const { page, errors } = await open(program);
  const button = await page.waitForSelector('section.answer .copy-bar button.copy-answer');
  assert.equal(await button.evaluate(b => b.textContent), '复制答复要点');
  const box = await button.boundingBox();
  assert.ok(box.width >= 44 && box.height >= 44, `button ${box.width}×${box.height}`);
  assert.ok(box.y + box.height <= 800 * 3, 'button far down the page');
  const want = await expectedAnswer(page);
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.copy-status').textContent === '已复制');
  assert.equal(await page.$eval('.copy-status', s => s.getAttribute('aria-live')), 'polite');
  assertCopied(await page.evaluate(() => navigator.clipboard.readText()), want);
  await button.evaluate(b => b.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(shots, 'program-copy-360.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('without navigator.clipboard the button copies from a selected textarea with execCommand', async () => {
  const { page, errors } = await open(program, {
    before: () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
      window.__copied = [];
      document.execCommand = function (cmd) {
        const a = document.activeElement;
        window.__copied.push({ cmd, tag: a && a.tagName, text: a && a.value && a.value.substring(a.selectionStart, a.selectionEnd) });
        return true;
      };
    },
  });
  const want = await expectedAnswer(page);
  await page.click('.copy-answer');
  await page.waitForFunction(() => document.querySelector('.copy-status').textContent === '已复制');
  const copied = await page.evaluate(() => window.__copied);
  assert.equal(copied.length, 1);
  assert.equal(copied[0].cmd, 'copy');
  assert.equal(copied[0].tag, 'TEXTAREA');
  assertCopied(copied[0].text, want);
  assert.equal(await page.$$eval('textarea', t => t.length), 0, 'the textarea is removed');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'copy-answer', 'focus goes back to the button');
  assert.deepEqual(errors, []);
  await page.close();
});

test('"/" focuses the search box on every kind of page, unless one is typing in a field', async () => {
  for (const [address, box] of [[program, 'site-q'], ['index.html', 'home-q'], ['regions/index.html', 'site-q'], ['hotlines/index.html', 'site-q'], ['search/index.html', 'q']]) {
    const { page, errors } = await open(address);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), box, address);
    assert.equal(await page.$eval('#' + box, i => i.value), '', `${address}: the "/" was typed into the box`);
    await page.keyboard.type('低保/');
    assert.equal(await page.$eval('#' + box, i => i.value), '低保/', `${address}: "/" in a field is a character`);
    assert.deepEqual(errors, [], address);
    await page.close();
  }
});

test('result cards show the amount, how to apply and a tap-to-call phone', async () => {
  const { page, errors } = await open('search/index.html');
  await openSearch(page, session.server.base + 'search/index.html');
  const { ids } = await ask(page, '低保');
  assert.ok(ids.length > 0);
  const cards = await page.$$eval('#search-results .search-hit', list => list.map(li => ({
    id: li.getAttribute('data-id'),
    standard: li.querySelector('.search-hit-standard')?.textContent ?? '',
    apply: li.querySelector('.search-hit-apply')?.textContent ?? '',
    tels: [...li.querySelectorAll('.search-hit-phone a[href^="tel:"]')].map(a => ({ href: a.getAttribute('href'), text: a.textContent })),
  })));
  const first = cards.find(c => c.id === 'yangquan-01') ?? cards[0];
  assert.match(first.standard, /^标准：.*元/);
  assert.match(first.apply, /^怎么办理：.+/);
  assert.ok(first.tels.length > 0, JSON.stringify(first));
  for (const c of cards) for (const t of c.tels) {
    assert.match(t.href, /^tel:\+?\d+$/);
    assert.equal(t.href, 'tel:' + t.text.replace(/^☎\s*/, '').replace(/\D/g, ''));
  }
  assert.ok(cards.filter(c => c.apply).length >= cards.length / 2, 'most cards say how to apply');
  // The card's phone is the one the programme page gives.
  const tel = await page.$eval(`.search-hit[data-id="${first.id}"] a.phone`, a => a.getAttribute('href'));
  const pageTels = await (async () => {
    const p = await session.browser.newPage();
    await p.goto(session.server.base + `programs/${first.id}/index.html`);
    const t = await p.$$eval('section.answer a[href^="tel:"]', as => as.map(a => a.getAttribute('href')));
    await p.close();
    return t;
  })();
  assert.ok(pageTels.includes(tel), `${tel} not among ${pageTels}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'cards scroll sideways');
  await page.screenshot({ path: path.join(shots, 'search-360.png') });
  await (await page.$('#search-results .search-hit')).screenshot({ path: path.join(shots, 'search-card-360.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the department filter survives a shared link and the form submits it under the name the script reads', async () => {
  const { page, errors } = await open('search/index.html?q=%E8%A1%A5%E8%B4%B4&dept=canlian');
  await page.waitForFunction(() => document.getElementById('search-results').hasAttribute('data-ms'));
  assert.equal(await page.$eval('#f-dept-type', s => s.value), 'canlian');
  assert.equal(await page.$eval('#q', i => i.value), '补贴');
  const shown = await page.$$eval('#search-results .search-hit-meta', ps => ps.map(p => p.textContent));
  assert.ok(shown.length > 0);
  assert.equal(new URL(page.url()).searchParams.get('dept'), 'canlian', 'the address written back keeps dept=');
  // The form's own field name is what a no-script submission sends.
  assert.equal(await page.$eval('#f-dept-type', s => s.name), 'dept');
  // Changing the filter writes it into the address for sharing.
  await page.$eval('#search-results', r => r.removeAttribute('data-ms'));
  await page.select('#f-dept-type', 'minzheng');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('dept') === 'minzheng');
  await page.waitForFunction(() => document.getElementById('search-results').hasAttribute('data-ms'));
  const ids = (await page.$eval('#search-results', r => r.getAttribute('data-ids'))).split(' ').filter(Boolean);
  // Each result's fragment names its department type: the one the filter offers as 'minzheng'.
  const typeName = await page.$eval('#f-dept-type option[value="minzheng"]', o => o.textContent.trim());
  const types = new Map(fs.readdirSync(path.join(site, 'search', 'index', 'docs')).map(f => {
    const fragment = JSON.parse(/^SiteGenSearchData\("doc","[^"]*",([\s\S]*)\);\s*$/.exec(fs.readFileSync(path.join(site, 'search', 'index', 'docs', f), 'utf8'))[1]);
    return [fragment.id, fragment.deptType];
  }));
  assert.ok(ids.length > 0);
  for (const id of ids) assert.equal(types.get(id), typeName, id);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without JavaScript the search page says so and leads to every programme, by region in pinyin order with initials, page by page', async () => {
  const { page, errors } = await open('search/index.html', { width: 320, js: false });
  const message = await page.$eval('noscript', n => n.textContent);
  assert.match(message, /JavaScript/);
  assert.match(message, /全部政策/);
  assert.ok(await page.$eval('.search-noscript', p => p.getBoundingClientRect().height > 0), 'the message is shown');
  await page.screenshot({ path: path.join(shots, 'search-nojs-320.png') });
  await Promise.all([page.waitForNavigation(), page.click('.search-noscript a[href$="programs/index.html"]')]);
  const list = [];
  for (let n = 1; ; n++) {
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `page ${n} scrolls sideways at 320 px`);
    list.push(...await page.evaluate(() => [...document.querySelectorAll('main h3.initial')].map(h => ({
      region: h.closest('section').querySelector('h2').textContent,
      letter: h.textContent,
      titles: [...h.nextElementSibling.querySelectorAll('.program-title')].map(a => a.getAttribute('href')),
    }))));
    if (n === 1) {
      // An initial link jumps to its letter.
      const link = await page.$('.initials a');
      const target = (await link.evaluate(a => a.getAttribute('href'))).slice(1);
      await link.click();
      await page.waitForFunction(t => location.hash === '#' + t, {}, target);
      assert.ok(await page.$eval('#' + target, h => Math.abs(h.getBoundingClientRect().top) < 50));
      await page.screenshot({ path: path.join(shots, 'programs-initials-320.png') });
    }
    const next = await page.$('nav.pager a[rel=next]');
    if (!next) break;
    await Promise.all([page.waitForNavigation(), next.click()]);
  }
  await page.$eval('nav.pager', n => n.scrollIntoView()).catch(() => {});
  await page.screenshot({ path: path.join(shots, 'programs-pager-320.png') });
  const byRegion = new Map();
  for (const g of list) byRegion.set(g.region, [...(byRegion.get(g.region) ?? []), g.letter]);
  for (const [region, letters] of byRegion) assert.deepEqual(letters, [...letters].sort(), `${region}: initials out of order`);
  const all = list.flatMap(g => g.titles);
  const fragments = fs.readdirSync(path.join(site, 'search', 'index', 'docs')).length;
  assert.equal(all.length, fragments, 'every programme');
  assert.equal(new Set(all).size, all.length, 'each programme once');
  assert.deepEqual(errors, []);
  await page.close();
});
