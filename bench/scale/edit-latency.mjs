// The time from saving one edited programme under 'sitegen serve' to the edit showing in the page a browser has open.
// Usage: node bench/scale/edit-latency.mjs <sitegen.dll> <content-copy> <templates> <seeds> <out> [edits]
// Starts the server on a loopback port over a copy of the content (the copy is edited, never content/), opens the first
// programme's page (in path order) in Chromium, changes that programme's title edits times, and checks the open page
// every 5 ms until its heading shows the edit (the server's reload script reloads it). Each edit waits until the build
// before it is written. Prints one JSON line: { ms: [...], median } (milliseconds).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../../tests/browser/lib/browser.mjs';

const [dll, content, templates, seeds, out, edits = '5'] = process.argv.slice(2);
const port = 20000 + Math.floor(Math.random() * 20000);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const files = fs.readdirSync(path.join(content, 'programs'), { recursive: true }).filter(f => f.endsWith('.md')).sort();
const file = path.join(content, 'programs', files[0]);
const original = fs.readFileSync(file, 'utf8');
const id = original.match(/^id: (.+)$/m)[1];
const url = `http://127.0.0.1:${port}/programs/${id}/`;

const server = spawn('dotnet', [dll, 'serve', '--quiet', '--port', String(port), '--content', content,
  '--templates', templates, '--seeds', seeds, '--out', out, ...(process.env.SERVE_TIMINGS ? ['--timings'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
const version = async () => { try { return Number(await (await fetch(`http://127.0.0.1:${port}/__sitegen/version`)).text()); } catch { return NaN; } };
// A build moves the version twice: when its pages are checked (the open page reloads) and when it is written.
async function builtSince(before) {
  for (let i = 0; i < 12000 && !((await version()) >= before + 2); i++) await sleep(10);
  await sleep(300);
}

const browser = await launch();
try {
  for (let i = 0; i < 3000 && !(await version() >= 2); i++) await sleep(100);
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 740 });
  await page.goto(url, { waitUntil: 'load' });
  const shows = async mark => { try { return await page.evaluate(m => document.querySelector('h1')?.textContent.includes(m) ?? false, mark); } catch { return false; } };
  const ms = [];
  for (let n = 0; n < Number(edits); n++) {
    // Letters only: a digit in the title would be a figure the check looks for in the seed.
    const mark = `修订${String.fromCharCode(65 + n)}`;
    const edited = original.replace(/^title: (.+)$/m, `title: $1${mark}`);
    const before = await version();
    const started = performance.now();
    fs.writeFileSync(file, edited);
    let seen = false;
    while (performance.now() - started < 120000) {
      if (await shows(mark)) { seen = true; break; }
      await sleep(5);
    }
    if (!seen) throw new Error(`the edit ${mark} did not show in the open page within 120 s`);
    ms.push(Math.round(performance.now() - started));
    await builtSince(before);
  }
  const sorted = ms.slice().sort((a, b) => a - b);
  console.log(JSON.stringify({ ms, median: sorted[Math.floor(sorted.length / 2)] }));
} finally {
  await browser.close();
  fs.writeFileSync(file, original);
  server.kill('SIGINT');
  await new Promise(resolve => server.once('exit', resolve));
}
