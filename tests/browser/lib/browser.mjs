// Debian's Chromium, started as this workplace requires (no sandbox as root, no background networking).
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * @param {{ networkEnabled?: boolean }} options networkEnabled: false stops puppeteer following every request over the
 * DevTools protocol; a benchmark that times requests turns it off, since a reader's browser does no such thing.
 */
export async function launch(options = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitegen-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    userDataDir,
    // On a shared two-core machine Chromium has taken more than puppeteer's default 30 s to start.
    timeout: 180000,
    networkEnabled: options.networkEnabled ?? true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
  const close = browser.close.bind(browser);
  browser.close = async () => { await close(); fs.rmSync(userDataDir, { recursive: true, force: true }); };
  return browser;
}

/**
 * Types a question into the search page, with the filters a relevance question names (region, dept_type,
 * audience ids), and waits until the page shows the results for it.
 */
export async function ask(page, question, filters = {}) {
  await page.evaluate((q, f) => {
    for (const [id, value] of [['f-region', f.region], ['f-dept-type', f.dept_type], ['f-audience', f.audience]]) {
      const select = document.getElementById(id);
      select.value = value ?? '';
      if (select.value !== (value ?? '')) throw new Error(`the search page offers no ${id} option '${value}'`);
    }
    document.getElementById('q').value = q;
    document.getElementById('search-form').requestSubmit();
  }, question, filters);
  await page.waitForFunction(q => {
    const r = document.getElementById('search-results');
    return r.getAttribute('data-query') === q && r.hasAttribute('data-ms');
  }, { timeout: 10000 }, question);
  return page.evaluate(() => {
    const r = document.getElementById('search-results');
    return {
      ids: (r.getAttribute('data-ids') || '').split(' ').filter(Boolean),
      // Until the first result shows, until all of them show with their details, and the rounds of index pieces waited for.
      firstMs: Number(r.getAttribute('data-first-ms')),
      ms: Number(r.getAttribute('data-ms')),
      rounds: Number(r.getAttribute('data-rounds')),
    };
  });
}

/** Opens the search page and waits until its index is loaded. */
export async function openSearch(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => !/正在加载/.test(document.getElementById('search-status').textContent), { timeout: 10000 });
}
