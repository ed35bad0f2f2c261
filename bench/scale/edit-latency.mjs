// The time from saving one edited programme under 'sitegen serve' to the rebuilt page being served with the edit.
// Usage: node bench/scale/edit-latency.mjs <sitegen.dll> <content-copy> <templates> <seeds> <out> [edits]
// Starts the server on a loopback port over a copy of the content (the copy is edited, never content/), changes the
// title of the first programme file (in path order) edits times, polls its page over HTTP every 10 ms after each
// write, and prints one JSON line: { ms: [...], median } (milliseconds).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [dll, content, templates, seeds, out, edits = '5'] = process.argv.slice(2);
const port = 20000 + Math.floor(Math.random() * 20000);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const files = fs.readdirSync(path.join(content, 'programs'), { recursive: true }).filter(f => f.endsWith('.md')).sort();
const file = path.join(content, 'programs', files[0]);
const original = fs.readFileSync(file, 'utf8');
const id = original.match(/^id: (.+)$/m)[1];
const url = `http://127.0.0.1:${port}/programs/${id}/index.html`;

const server = spawn('dotnet', [dll, 'serve', '--quiet', '--port', String(port), '--content', content,
  '--templates', templates, '--seeds', seeds, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
const version = async () => { try { return await (await fetch(`http://127.0.0.1:${port}/__sitegen/version`)).text(); } catch { return ''; } };
async function settle() {
  let last = await version(), since = performance.now();
  while (performance.now() - since < 2000) {
    await sleep(250);
    const now = await version();
    if (now !== last) { last = now; since = performance.now(); }
  }
}
const page = async () => { try { const r = await fetch(url); return r.ok ? await r.text() : ''; } catch { return ''; } };

try {
  for (let i = 0; i < 3000 && (await page()) === ''; i++) await sleep(100);
  await settle();
  const ms = [];
  for (let n = 0; n < Number(edits); n++) {
    // Letters only: a digit in the title would be a figure the check looks for in the seed.
    const mark = `修订${String.fromCharCode(65 + n)}`;
    const edited = original.replace(/^title: (.+)$/m, `title: $1${mark}`);
    const started = performance.now();
    fs.writeFileSync(file, edited);
    let seen = false;
    while (performance.now() - started < 120000) {
      if ((await page()).includes(mark)) { seen = true; break; }
      await sleep(10);
    }
    if (!seen) throw new Error(`the edit ${mark} was not served within 120 s`);
    ms.push(Math.round(performance.now() - started));
    // The next edit waits until no rebuild has finished for 2 s, so it never queues behind one.
    await settle();
  }
  const sorted = ms.slice().sort((a, b) => a - b);
  console.log(JSON.stringify({ ms, median: sorted[Math.floor(sorted.length / 2)] }));
} finally {
  fs.writeFileSync(file, original);
  server.kill('SIGINT');
  await new Promise(resolve => server.once('exit', resolve));
}
