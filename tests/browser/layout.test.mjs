// Phones, larger text and 长者模式 (elder mode) in Chromium, on one page of every kind: no sideways scrolling at
// 320 px, at 360 px with the text at 200% and in elder mode; tap targets of at least 44×44 px (links inside running
// text excepted); the call button and the 答复要点 on a programme page's first screen at 360 px; the elder switch
// remembered across pages, working without JavaScript through its #elder link; axe-core clean in elder mode.
// Screenshots at 360 and 1280 px, normal and elder mode, of every page kind are saved for a reviewer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { servedSite } from './lib/session.mjs';
import { pageKinds, withCalculator } from './lib/pages.mjs';

const site = process.env.SITE_DIR;
assert.ok(site, 'tests/run sets SITE_DIR to a built site');
const session = servedSite(site, '/');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Saved beside the built site (tests/run: .sitegen/test-run/screenshots/) for a reviewer, unless SHOTS_DIR says where.
const shots = process.env.SHOTS_DIR ?? path.join(path.dirname(path.resolve(site)), 'screenshots');
fs.mkdirSync(shots, { recursive: true });
const kinds = pageKinds(site);
const programPages = () => fs.readdirSync(`${site}/programs`).sort().filter(n => fs.existsSync(`${site}/programs/${n}/index.html`))
  .map(n => ({ address: `programs/${n}/index.html`, html: fs.readFileSync(`${site}/programs/${n}/index.html`, 'utf8') }));
const firstProgram = () => programPages()[0].address;
/** The first programme page whose 答复要点 has a call button. */
const withPhone = () => programPages().find(p => /class="phone big" href="tel:/.test(p.html)).address;

async function open(address, { width = 360, height = 740, javaScript = true, elder = false, textScale } = {}) {
  // A context of its own, so one test's choice of elder mode (in localStorage) never reaches another's pages.
  const context = await session.browser.createBrowserContext();
  const page = await context.newPage();
  const close = page.close.bind(page);
  page.close = async () => { await close(); await context.close(); };
  await page.setJavaScriptEnabled(javaScript);
  await page.setViewport({ width, height });
  if (elder) await page.evaluateOnNewDocument(() => localStorage.setItem('sitegen-elder', 'on'));
  await page.goto(session.server.base + address, { waitUntil: 'load' });
  if (textScale) await page.evaluate(s => { document.documentElement.style.fontSize = s; }, textScale);
  return page;
}

/** How far the page scrolls sideways, and the widest elements that stick out, for the message. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const extra = document.documentElement.scrollWidth - width;
    const culprits = extra <= 0 ? [] : [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > width + 1 && e.getClientRects().length > 0)
      .filter(e => !e.closest('.visually-hidden, .table-scroll, .site-nav'))
      .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`);
    return { extra, culprits };
  });
}

for (const [name, options] of [
  ['at 320 px', { width: 320 }],
  ['at 360 px with the text at 200%', { width: 360, textScale: '200%' }],
  ['in elder mode at 360 px', { width: 360, elder: true }],
  ['in elder mode at 320 px with the text at 200%', { width: 320, elder: true, textScale: '200%' }],
]) {
  test(`no page kind scrolls sideways ${name}`, async () => {
    const wrong = [];
    for (const address of kinds) {
      const page = await open(address, options);
      const { extra, culprits } = await overflow(page);
      if (extra > 0) wrong.push(`${address}: ${extra} px too wide: ${culprits.join(', ')}`);
      await page.close();
    }
    assert.deepEqual(wrong, []);
  });
}

/**
 * Every visible control or link smaller than 44×44 px, except a link inside running text: one with words of its
 * own parent's text (or of an inline sibling) around it.
 */
async function smallTargets(page) {
  return page.evaluate(() => {
    const words = /[\p{L}\p{N}]/u;
    const inSentence = e => {
      if (getComputedStyle(e).display !== 'inline') return false;
      return [...e.parentElement.childNodes].some(n => n !== e && (
        (n.nodeType === Node.TEXT_NODE && words.test(n.textContent))
        || (n.nodeType === Node.ELEMENT_NODE && n.tagName !== 'A' && getComputedStyle(n).display === 'inline' && words.test(n.textContent))));
    };
    return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, summary, textarea')]
      .filter(e => e.getClientRects().length > 0 && !e.closest('.visually-hidden') && getComputedStyle(e).visibility !== 'hidden')
      .filter(e => !(e.classList.contains('skip') && document.activeElement !== e))
      .map(e => {
        // A radio or check box is as large as the label it sits in.
        const box = (e.matches('input[type=radio], input[type=checkbox]') && e.closest('label') ? e.closest('label') : e).getBoundingClientRect();
        return { e, w: box.width, h: box.height };
      })
      .filter(({ e, w, h }) => (w < 44 || h < 44) && !inSentence(e))
      .map(({ e, w, h }) => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 12)}" ${Math.round(w)}×${Math.round(h)}`);
  });
}

test('every tap target is at least 44×44 px at 360 px, normal and in elder mode, links in running text excepted', async () => {
  const wrong = [];
  for (const elder of [false, true]) {
    for (const address of kinds) {
      const page = await open(address, { elder });
      for (const small of (await smallTargets(page)).slice(0, 5)) wrong.push(`${elder ? 'elder ' : ''}${address}: ${small}`);
      await page.close();
    }
  }
  assert.deepEqual(wrong, []);
});

test('the call button and the 答复要点 are on the first screen of every programme page at 360 px', async () => {
  const wrong = [];
  const pages = programPages();
  assert.ok(pages.some(p => /class="phone big" href="tel:/.test(p.html) && p.html.includes('class="calc-app"')), 'no calculator page with a phone');
  const page = await open(withPhone(), { width: 360, height: 740 });
  for (const { address } of pages) {
    await page.goto(session.server.base + address, { waitUntil: 'load' });
    const m = await page.evaluate(() => ({
      header: document.querySelector('.site-header').getBoundingClientRect().height,
      answer: document.querySelector('.answer h2').getBoundingClientRect().bottom,
      // The call button, or where there is none the note saying whom to ask.
      call: (document.querySelector('.answer a[href^="tel:"]') ?? document.querySelector('.answer dd')).getBoundingClientRect().bottom,
    }));
    if (m.header > 170 || m.answer > 740 || m.call > 740) wrong.push(`${address}: header ${m.header} px, 答复要点 heading ends at ${m.answer} px, call button at ${m.call} px`);
  }
  assert.deepEqual(wrong, []);
  await page.close();
});

test('the elder switch is a labelled toggle button, remembered across pages, and turns back off', async () => {
  const page = await open('index.html');
  const button = await page.$('#elder-switch');
  const before = await page.evaluate(() => ({
    role: document.getElementById('elder-switch').getAttribute('role'),
    pressed: document.getElementById('elder-switch').getAttribute('aria-pressed'),
    name: document.getElementById('elder-switch').textContent.trim(),
    size: parseFloat(getComputedStyle(document.body).fontSize),
    stored: localStorage.length,
  }));
  assert.deepEqual({ ...before, size: undefined }, { role: 'button', pressed: 'false', name: '长者模式', size: undefined, stored: 0 });
  await button.click();
  const on = await page.evaluate(() => ({
    pressed: document.getElementById('elder-switch').getAttribute('aria-pressed'),
    size: parseFloat(getComputedStyle(document.body).fontSize),
    h1: parseFloat(getComputedStyle(document.querySelector('h1') ?? document.body).fontSize),
    hash: location.hash,
  }));
  assert.equal(on.pressed, 'true');
  assert.ok(on.size >= 22, `body text ${on.size} px in elder mode`);
  assert.ok(on.h1 > on.size, 'headings are larger than the body text');
  assert.ok(on.size > before.size, 'elder mode enlarges the text');
  assert.equal(on.hash, '', 'the switch is a button: it does not follow its link');
  // Another page opens in elder mode.
  await page.goto(session.server.base + firstProgram(), { waitUntil: 'load' });
  const next = await page.evaluate(() => ({
    elder: document.documentElement.classList.contains('elder'),
    pressed: document.getElementById('elder-switch').getAttribute('aria-pressed'),
    size: parseFloat(getComputedStyle(document.body).fontSize),
  }));
  assert.deepEqual(next, { elder: true, pressed: 'true', size: on.size });
  // The space bar works as on any button, and off is off everywhere, with nothing left stored.
  await page.focus('#elder-switch');
  await page.keyboard.press('Space');
  await page.goto(session.server.base + 'index.html', { waitUntil: 'load' });
  assert.deepEqual(await page.evaluate(() => ({
    elder: document.documentElement.classList.contains('elder'),
    size: parseFloat(getComputedStyle(document.body).fontSize),
    stored: localStorage.length,
  })), { elder: false, size: before.size, stored: 0 });
  await page.close();
});

test('without JavaScript the switch is a link to #elder that turns on large text, and a link turns it off', async () => {
  const page = await open(firstProgram(), { javaScript: false });
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const normal = await size();
  assert.equal(await page.$eval('#elder-switch', a => a.getAttribute('href')), '#elder');
  await page.click('#elder-switch');
  assert.ok(await size() >= 22, `body text ${await size()} px after following the link`);
  const off = await page.$('.elder-off');
  assert.ok(await off.isVisible(), 'no way back out of elder mode without JavaScript');
  await off.click();
  assert.equal(await size(), normal);
  await page.close();
});

test('focus rings have at least 3:1 contrast against the page and the header', async () => {
  const page = await open(firstProgram(), { width: 1280 });
  const lum = rgb => {
    const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
  for (const [selector, background] of [['main a', 'body'], ['.site-header .brand', '.site-header'], ['#site-q', '.site-header'], ['#elder-switch', '.site-header']]) {
    await page.focus(selector);
    const [ring, under] = await page.evaluate((s, b) => [getComputedStyle(document.querySelector(s)).outlineColor,
      getComputedStyle(document.querySelector(b)).backgroundColor.replace(/rgba\(0, 0, 0, 0\)/, 'rgb(255, 255, 255)')], selector, background);
    assert.ok(ratio(ring, under) >= 3, `${selector}: focus ring ${ring} on ${under} has ${ratio(ring, under).toFixed(2)}:1`);
  }
  await page.close();
});

test('a reader\'s own contrast settings are honoured: prefers-contrast: more and forced-colors: active', async () => {
  const page = await open(withPhone(), { width: 360 });
  await page.emulateMediaFeatures([{ name: 'prefers-contrast', value: 'more' }]);
  assert.deepEqual(await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.querySelector('.answer')).backgroundColor]),
    ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  assert.deepEqual(result.violations.map(v => v.id), []);
  await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  // Buttons keep a visible edge when the system paints every background the same.
  assert.equal(await page.$eval('.phone.big', e => getComputedStyle(e).borderTopStyle), 'solid');
  assert.equal(await page.$eval('#elder-switch', e => getComputedStyle(e).borderTopStyle), 'solid');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  await page.close();
});

test('every page kind has exactly one labelled search landmark', async () => {
  const wrong = [];
  for (const address of kinds) {
    const page = await open(address, { width: 1280, javaScript: false });
    const searches = await page.$$eval('[role=search], search', s => s.map(e => e.getAttribute('aria-label') || (e.getAttribute('aria-labelledby') ? 'by id' : '') || e.querySelector('label')?.textContent || ''));
    if (searches.length !== 1 || !searches[0]) wrong.push(`${address}: ${JSON.stringify(searches)}`);
    await page.close();
  }
  assert.deepEqual(wrong, []);
});

test('axe-core finds no violations in elder mode at 360 px', async () => {
  const wrong = [];
  for (const address of kinds) {
    const page = await open(address, { elder: true });
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    for (const v of result.violations) wrong.push(`${address}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
    await page.screenshot({ path: path.join(shots, `elder-360-${address.replace(/[^a-z0-9]+/gi, '_')}.png`) });
    await page.close();
  }
  assert.deepEqual(wrong, []);
});

test('a programme page prints as a handout: no header or search, editors\' notes hidden, the page address shown', async () => {
  const address = firstProgram();
  const page = await open(address, { width: 1280 });
  await page.emulateMediaType('print');
  const printed = await page.evaluate(() => ({
    header: getComputedStyle(document.querySelector('.site-header')).display,
    notes: [...document.querySelectorAll('.editor-notes')].map(e => getComputedStyle(e).display),
    address: document.querySelector('.print-address') && getComputedStyle(document.querySelector('.print-address')).display,
    text: document.querySelector('.print-address')?.textContent,
  }));
  assert.equal(printed.header, 'none');
  assert.ok(printed.notes.every(d => d === 'none'));
  assert.equal(printed.address, 'block');
  assert.ok(printed.text.endsWith(address.replace(/index\.html$/, '')) || printed.text.endsWith(address), printed.text);
  await page.emulateMediaType('screen');
  assert.equal(await page.$eval('.print-address', e => getComputedStyle(e).display), 'none');
  await page.close();
});

test('editors\' notes on programme pages are collapsed and labelled as for editors', async () => {
  const name = fs.readdirSync(`${site}/programs`).sort()
    .find(n => fs.existsSync(`${site}/programs/${n}/index.html`) && fs.readFileSync(`${site}/programs/${n}/index.html`, 'utf8').includes('editor-notes'));
  assert.ok(name, 'no programme page has editors\' notes');
  const page = await open(`programs/${name}/index.html`);
  const notes = await page.$eval('.editor-notes', d => ({ open: d.open, summary: d.querySelector('summary').textContent, shown: d.querySelector('ul').checkVisibility() ? 1 : 0 }));
  assert.equal(notes.open, false);
  assert.match(notes.summary, /供编辑使用/);
  assert.equal(notes.shown, 0);
  assert.doesNotMatch(await page.$eval('main', m => m.innerText), /编辑说明/);
  await page.close();
});

test('axe-core finds no violations at 1280 px, normal and in elder mode, and screenshots of every page kind are saved', async () => {
  const wrong = [];
  for (const address of kinds) {
    const name = address.replace(/[^a-z0-9]+/gi, '_');
    for (const [width, elder] of [[360, false], [1280, false], [1280, true]]) {
      const page = await open(address, { width, height: 900, elder });
      if (width === 1280) {
        await page.evaluate(axeSource);
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        for (const v of result.violations) wrong.push(`${address} at ${width} px${elder ? ' (elder)' : ''}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`);
      }
      await page.screenshot({ path: path.join(shots, `${elder ? 'elder' : 'normal'}-${width}-${name}.png`) });
      await page.close();
    }
  }
  assert.deepEqual(wrong, []);
  const names = new Set(kinds.map(a => a.replace(/[^a-z0-9]+/gi, '_')));
  assert.ok(fs.readdirSync(shots).filter(n => n.endsWith('.png')).length >= names.size * 4, 'a screenshot per page kind, width and mode');
});
