// Every page of the built site passes the Nu HTML Checker (npm vnu-jar, run with the machine's Java) with no errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const site = process.env.SITE_DIR;
assert.ok(site, 'tests/run sets SITE_DIR to a built site');
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

function pages(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? pages(full) : e.name.endsWith('.html') ? [full] : [];
  });
}

test('the Nu HTML Checker finds no error on any page', () => {
  const files = pages(site);
  assert.ok(files.length > 100, `only ${files.length} pages`);
  let out = '';
  try {
    execFileSync('java', ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    // vnu exits non-zero when it reports errors; its report is on stderr.
    out = String(e.stderr ?? '');
  }
  const messages = out.trim() ? JSON.parse(out).messages.filter(m => m.type === 'error') : [];
  assert.deepEqual(messages.slice(0, 20).map(m => `${path.relative(site, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`), []);
});
