// What the first query downloads, counted without a browser: search.js's own core is run over a built site's
// index, fetching pieces as the page does (manifest, the rounds of missing(), the postings (postingsMissing()) and the
// fragments of the ten results shown), and the gzip-compressed size of every file is added up,
// search.js included. Usage: node bench/search/first-query.mjs <site-dir> [question …]
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

const repo = path.resolve(import.meta.dirname, '..', '..');
const site = path.resolve(process.argv[2] ?? path.join(repo, '_site'));
const questions = process.argv.length > 3 ? process.argv.slice(3) : ['低保', '高龄津贴', '残疾人补贴怎么申请', '阳泉低保一个月多少钱'];
const index = path.join(site, 'search', 'index');
const script = path.join(site, 'assets', 'search.js');
const gzipped = file => zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;

function firstQuery(q) {
  const files = [script];
  const context = { store: null };
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(script, 'utf8'), context);
  const read = (rel) => {
    const file = path.join(index, rel);
    files.push(file);
    const m = /^SiteGenSearchData\("([^"]*)","([^"]*)",([\s\S]*)\);\s*$/.exec(fs.readFileSync(file, 'utf8'));
    return JSON.parse(m[3]);
  };
  const core = context.SiteGenSearch.createCore(read('manifest.js'));
  const take = need => need.forEach(p => core.use(p.kind, read(p.path), p.name));
  for (let need = core.missing(q, null); need.length; need = core.missing(q, null)) take(need);
  const clauses = core.plan(q);
  for (let need = core.postingsMissing(clauses, null); need.length; need = core.postingsMissing(clauses, null)) take(need);
  const hits = core.rank(clauses, null, 10);
  take(core.docsMissing(hits));
  const by = {};
  for (const f of files) {
    const rel = path.relative(index, f);
    const kind = rel.startsWith('..') ? 'search.js' : rel.split('/')[0];
    by[kind] = (by[kind] ?? 0) + gzipped(f);
  }
  return { q, total: Object.values(by).reduce((a, b) => a + b, 0), files: files.length, by };
}

const kb = n => (n / 1024).toFixed(1);
const programmes = fs.readdirSync(path.join(index, 'docs')).length;
console.log(`${site}: ${programmes} programmes; KiB gzipped`);
for (const q of questions) {
  const r = firstQuery(q);
  console.log(`${r.q}\t${kb(r.total)} KiB in ${r.files} files\t` + Object.entries(r.by).map(([k, v]) => `${k} ${kb(v)}`).join(', '));
}
