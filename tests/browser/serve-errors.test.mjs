// `sitegen serve` in Chromium: a save that breaks the build shows its path:line:col errors over the open page, as
// text, and the page reloads by itself, once, when a save builds again.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { launch } from './lib/browser.mjs';

const sitegen = process.env.SITEGEN_DLL;
assert.ok(sitegen, 'tests/run sets SITEGEN_DLL (the published sitegen.dll)');
const repo = path.join(import.meta.dirname, '..', '..');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sitegen-serve-'));
fs.cpSync(path.join(repo, 'tests', 'SiteGen.Tests', 'Fixtures', 'MiniSite'), root, { recursive: true });
const program = path.join(root, 'content', 'programs', 'south', 'south-02.md');
const original = fs.readFileSync(program, 'utf8');
let server, browser;

after(async () => {
  await browser?.close();
  server?.kill('SIGINT');
  await new Promise(resolve => (server && server.exitCode === null ? server.on('exit', resolve) : resolve()));
  fs.rmSync(root, { recursive: true, force: true });
});

const freePort = () => new Promise(resolve => { const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

test('a failed rebuild shows its errors in the page, escaped, and the fix reloads it', async () => {
  const port = await freePort();
  server = spawn('dotnet', [sitegen, 'serve', '--port', String(port), '--quiet', '--content', path.join(root, 'content'), '--seeds', path.join(root, 'seeds'),
    '--templates', path.join(repo, 'templates'), '--out', path.join(root, '_site')], { stdio: 'ignore', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(base)).ok) break; } catch { if (i > 150) throw new Error('serve did not start'); }
    await new Promise(r => setTimeout(r, 200));
  }
  browser = await launch();
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 800 });
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(base + 'programs/south-02/index.html', { waitUntil: 'load' });
  await page.evaluate(() => { window.beforeTheFix = true; });

  // A key that is markup: shown as text, never parsed into the page.
  fs.writeFileSync(program, original.replace('title: 高龄津贴', 'title: 高龄津贴\n<img src=x id=injected>: 1'));
  await page.waitForSelector('#sitegen-errors', { timeout: 30000 });
  const shown = await page.evaluate(() => ({
    text: document.getElementById('sitegen-errors').textContent,
    role: document.getElementById('sitegen-errors').getAttribute('role'),
    injected: document.getElementById('injected') !== null,
    styled: getComputedStyle(document.getElementById('sitegen-errors')).position,
  }));
  assert.match(shown.text, /south-02\.md:\d+:\d+: error: /);
  assert.equal(shown.role, 'alert');
  assert.equal(shown.injected, false);
  assert.equal(shown.styled, 'fixed');
  if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, 'serve-error-overlay.png') });

  // A save that builds again, with a change the page shows: the page reloads with it, once, and the errors are gone.
  const version = async () => Number(await (await fetch(base + '__sitegen/version')).text());
  const before = await version();
  fs.writeFileSync(program, original.replace('title: 高龄津贴', 'title: 高龄老人津贴'));
  await page.waitForFunction(() => !window.beforeTheFix && document.readyState === 'complete' &&
    document.querySelector('h1')?.textContent.includes('高龄老人津贴'), { timeout: 30000 });
  assert.equal(await page.$('#sitegen-errors'), null);
  await page.evaluate(() => { window.afterTheFix = true; });
  // The build is written (its second version) and nothing the page loaded changed: the page is not reloaded again.
  for (let i = 0; i < 300 && (await version()) < before + 2; i++) await new Promise(r => setTimeout(r, 100));
  assert.ok((await version()) >= before + 2, 'the build was not written');
  await new Promise(r => setTimeout(r, 1000));
  assert.equal(await page.evaluate(() => window.afterTheFix === true), true, 'the page reloaded again after the build was written');
  assert.deepEqual(errors, []);
});
