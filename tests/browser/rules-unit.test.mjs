// templates/assets/rules.js without a browser: the calculator and finder core run in a bare vm context (no DOM,
// as in Jint) on the hand-made data in fixtures/rules-sample.json. Exact fractions, rounding, the working,
// every invalid message, bands, tables, division by zero and the finder's statuses.
// Run: cd tests/browser && node --test rules-unit.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const repo = path.resolve(import.meta.dirname, '..', '..');
const source = fs.readFileSync(path.join(repo, 'templates', 'assets', 'rules.js'), 'utf8');
const data = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'rules-sample.json'), 'utf8'));

function load() {
  const context = vm.createContext({});
  vm.runInContext(source, context, { filename: 'rules.js' });
  return context.SiteGenRules;
}

const rules = load();
// Objects made in the vm have that context's prototypes: compare them as plain JSON.
const plain = x => JSON.parse(JSON.stringify(x));
const run = (id, inputs) => plain(rules.evaluate(data, id, inputs));
const find = answers => plain(rules.find(data, answers));

test('the script loads without a DOM and exposes its API', () => {
  for (const name of ['evaluate', 'find', 'formatNumber', 'formatAmount', 'checkAnswer'])
    assert.equal(typeof rules[name], 'function', name);
});

test('the dibao calculator: amount, working, parameters, and the exact object shape', () => {
  const r = rules.evaluate(data, 'yangquan-dibao', { 户籍: '城市', 家庭人数: '3', 人均收入: '400' });
  assert.equal(JSON.stringify(r), JSON.stringify({
    status: 'ok', amount: '771.00', unit: '元/月', period: '每月',
    working: ['低保标准 = 657 元/人/月', '(657 − 400) × 3 = 771 元/月'],
    failed: [], errors: [], message: null,
    parameters: [{ name: '城市低保标准', label: '阳泉市城市最低生活保障标准', from: '2025', source: 'seeds/000_7a8de63cf1c3fd48.txt:6' }],
  }));
  const rural = run('yangquan-dibao', { 户籍: '农村', 家庭人数: '2', 人均收入: ' 400.5 ' });
  assert.equal(rural.amount, '105.00');
  assert.deepEqual(rural.working, ['低保标准 = 453 元/人/月', '(453 − 400.5) × 2 = 105 元/月']);
  assert.deepEqual(rural.parameters.map(p => p.name), ['农村低保标准'], 'only the branch taken is used');
});

test('not eligible: the fails text filled with the values', () => {
  const r = rules.evaluate(data, 'yangquan-dibao', { 户籍: '城市', 家庭人数: '3', 人均收入: '700' });
  assert.equal(JSON.stringify(r), JSON.stringify({
    status: 'not_eligible', amount: null, unit: '元/月', period: '每月', working: [],
    failed: ['家庭月人均收入700元不低于当地低保标准657元'], errors: [], message: null, parameters: [],
  }));
  const both = run('shanxi-mianfei', { 年龄: '60', 低保对象: '否', 特困人员: '否' });
  assert.equal(both.status, 'not_eligible');
  assert.deepEqual(both.failed, ['年龄60岁，未满65周岁', '不是低保对象或特困供养人员'], 'every failure, in order');
});

test('every invalid message, in input order', () => {
  const missing = run('yangquan-dibao', {});
  assert.equal(missing.status, 'invalid');
  assert.deepEqual(missing.errors, [
    { input: '户籍', message: '请填写户籍类型' },
    { input: '家庭人数', message: '请填写共同生活的家庭人数' },
    { input: '人均收入', message: '请填写家庭月人均收入' },
  ]);
  assert.deepEqual(run('yangquan-dibao', { 户籍: '城镇', 家庭人数: '2.5', 人均收入: '4OO' }).errors, [
    { input: '户籍', message: '户籍类型请从选项中选择' },
    { input: '家庭人数', message: '共同生活的家庭人数应为整数' },
    { input: '人均收入', message: '家庭月人均收入应为数字' },
  ]);
  assert.deepEqual(run('yangquan-dibao', { 户籍: '城市', 家庭人数: '0', 人均收入: '-1' }).errors, [
    { input: '家庭人数', message: '共同生活的家庭人数应在1至30人之间' },
    { input: '人均收入', message: '家庭月人均收入应在0至1000000元/人/月之间' },
  ]);
  assert.deepEqual(run('yangquan-dibao', { 户籍: '  ', 家庭人数: '31', 人均收入: '1e3' }).errors, [
    { input: '户籍', message: '请填写户籍类型' },
    { input: '家庭人数', message: '共同生活的家庭人数应在1至30人之间' },
    { input: '人均收入', message: '家庭月人均收入应为数字' },
  ]);
  assert.deepEqual(run('shanxi-mianfei', { 年龄: '70', 低保对象: 'yes', 特困人员: '否' }).errors,
    [{ input: '低保对象', message: '是否为低保对象请选择是或否' }]);
  assert.deepEqual(run('changzhi-dibao', { 地区: 'yangquan', 家庭人数: '1', 人均收入: '1' }).errors,
    [{ input: '地区', message: '所在地区请从选项中选择' }], 'a region outside regions_allowed');
  assert.deepEqual(run('changzhi-dibao', { 地区: 'changzhi', 家庭人数: '1', 人均收入: '1' }).errors,
    [{ input: '地区', message: '所在地区请从选项中选择' }], 'the city itself is not one of the leaf regions');
  assert.deepEqual(run('test-sum', { 甲: '1000.01', 乙: '-1000' }).errors,
    [{ input: '甲', message: '甲应在-1000至1000之间' }], 'no unit: none shown; bounds inclusive');
  const r = run('test-sum', { 甲: '1', 乙: '2' });
  assert.equal(r.status, 'not_eligible');
});

test('exact fractions where floating point goes wrong', () => {
  const sum = run('test-sum', { 甲: '0.1', 乙: '0.2' });
  assert.equal(sum.status, 'ok', '0.1 + 0.2 == 0.3 holds exactly');
  assert.equal(sum.amount, '0.30');
  assert.deepEqual(sum.working, ['0.1 + 0.2 = 0.3 元']);

  const third = run('test-third', { 甲: '1', 乙: '3' });
  assert.equal(third.amount, '1.00');
  assert.deepEqual(third.working, ['商 = 1 ÷ 3 = 0.3333', '0.3333 × 3 = 1 元'], 'the step shows up to four decimals, the amount is exact');
  assert.equal(run('test-third', { 甲: '1.015', 乙: '7' }).amount, '1.02', '1.015 ÷ 7 × 7 is 1.015 exactly, not 1.01499…');
  assert.equal(run('test-third', { 甲: '0.7', 乙: '0.1' }).amount, '0.70');
});

test('rounding to the fen, halves away from zero, negatives too', () => {
  const amount = (a, b) => run('test-round', { 甲: a, 乙: b }).amount;
  assert.equal(amount('2.675', '1'), '2.68');
  assert.equal(amount('1.005', '1'), '1.01');
  assert.equal(amount('0.005', '1'), '0.01');
  assert.equal(amount('-0.005', '1'), '-0.01');
  assert.equal(amount('-2.675', '1'), '-2.68');
  assert.equal(amount('-0.0049', '1'), '0.00', 'no negative zero');
  assert.equal(amount('0.125', '0.1'), '0.01', '0.0125 rounds up');
  assert.equal(amount('-0.125', '0.1'), '-0.01');
  assert.equal(amount('333.333', '3'), '1000.00');
  assert.deepEqual(run('test-round', { 甲: '-0.005', 乙: '1' }).working, ['-0.005 × 1 = -0.01 元']);
  assert.deepEqual(run('test-round', { 甲: '-0.0049', 乙: '1' }).working, ['-0.0049 × 1 = 0 元']);
});

test('functions: round(x, n), round, floor, ceil, abs, max, min; unused steps are not evaluated', () => {
  const r = run('test-funcs', { 甲: '-2.25', 乙: '1' });
  assert.equal(r.status, 'ok', 'the step that divides by zero is never used');
  assert.equal(r.amount, '-8.30');
  assert.deepEqual(r.working, [
    '舍入 = round(-2.25, 1) = -2.3',
    '取整 = round(-2.25) = -2',
    '下取整 = floor(-2.25) = -3',
    '上取整 = ceil(-2.25) = -2',
    '绝对值 = abs(-2.25) = 2.25',
    '较大 = max(-2.25, 1, 0) = 1',
    '较小 = min(-2.25, 1) = -2.25',
    '-2.3 + -2 + -3 + -2 + 2.25 + 1 + -2.25 = -8.3 元',
  ]);
  const up = run('test-funcs', { 甲: '2.5', 乙: '-1' });
  assert.deepEqual(up.working.slice(0, 4), ['舍入 = round(2.5, 1) = 2.5', '取整 = round(2.5) = 3', '下取整 = floor(2.5) = 2', '上取整 = ceil(2.5) = 3']);
});

test('brackets only where the order needs them; symbols for operators, 是/否 for conditions', () => {
  const r = run('test-render', { 甲: '5', 乙: '2' });
  assert.deepEqual(r.working, [
    'a1 = 5 − (2 + 1) = 2',
    'a2 = 5 − 2 − 1 = 2',
    'a3 = 5 ÷ (2 × 2) = 1.25',
    'a4 = 5 × 2 ÷ 2 = 5',
    'a5 = −(5 + 2) = -7',
    'c1 = (5 > 2) = 是 = 是',
    'c2 = 非(5 < 2 且 2 > 0) = 是',
    '2 + 2 + 1.25 + 5 + -7 = 3.25 元',
  ]);
  const other = run('test-render', { 甲: '2', 乙: '5' });
  assert.equal(other.amount, '0.00', 'the if takes its else branch');
  assert.equal(other.working.at(-1), '0 元');
});

test('division by zero is an error of the rule, never a number', () => {
  const r = rules.evaluate(data, 'test-third', { 甲: '1', 乙: '0' });
  assert.equal(JSON.stringify(r), JSON.stringify({
    status: 'error', amount: null, unit: '元', period: '一次性', working: [], failed: [], errors: [],
    message: '规则计算中出现除以零', parameters: [],
  }));
});

test('a banded parameter: each band, the open top band, and a value outside every band', () => {
  const band = age => run('shanxi-gaoling', { 年龄: age });
  assert.equal(band('80').amount, '50.00');
  assert.equal(band('89').amount, '50.00');
  assert.equal(band('90').amount, '100.00');
  assert.equal(band('120').amount, '300.00');
  assert.deepEqual(band('85').working, ['50 元/月']);
  assert.deepEqual(band('85').parameters, [{ name: '高龄津贴标准', label: '高龄老人津贴标准', from: '2026-01-01', source: 'seeds/000_7a8de63cf1c3fd48.txt:30' }]);
  const outside = band('65');
  assert.equal(outside.status, 'outside');
  assert.equal(outside.message, '65不在高龄老人津贴标准的范围内');
  assert.equal(outside.amount, null);
  assert.deepEqual(band('59').failed, ['年龄59岁，未满60周岁']);
});

test('a two-way table and a percentage parameter', () => {
  const r = run('shanxi-fuxu', { 致残性质: '因战', 残疾等级: '二级' });
  assert.equal(r.amount, '11250.00');
  assert.deepEqual(r.working, ['标准 = 90000 元/年', '90000 × 12.5% = 11250 元/年']);
  assert.deepEqual(r.parameters.map(p => p.name), ['伤残抚恤金', '发放比例']);
  assert.equal(run('shanxi-fuxu', { 致残性质: '因公', 残疾等级: '一级' }).amount, '11875.00');
});

test('a table keyed by 地区: a county without its own key falls back to its city', () => {
  const own = run('changzhi-dibao', { 地区: 'luzhou', 家庭人数: '2', 人均收入: '0.1' });
  assert.equal(own.amount, '1559.80');
  assert.deepEqual(own.working, ['标准 = 780 元/人/月', '(780 − 0.1) × 2 = 1559.8 元/月']);
  assert.equal(own.parameters[0].label, null, 'a parameter without a label keeps null');
  const fallback = run('changzhi-dibao', { 地区: 'tunliu', 家庭人数: '2', 人均收入: '0.1' });
  assert.equal(fallback.amount, '1399.80');
  assert.deepEqual(run('changzhi-dibao', { 地区: 'luzhou', 家庭人数: '2', 人均收入: '800' }).failed,
    ['潞州区家庭月人均收入800元不低于当地标准780元'], 'a region is shown by its name');
});

test('an eligibility-only rule: ok without an amount', () => {
  const r = rules.evaluate(data, 'shanxi-mianfei', { 年龄: '70', 低保对象: '否', 特困人员: '是' });
  assert.equal(JSON.stringify(r), JSON.stringify({
    status: 'ok', amount: null, unit: null, period: null, working: [], failed: [], errors: [], message: null, parameters: [],
  }));
});

test('an unknown calculator id is a programming error', () => {
  assert.throws(() => rules.evaluate(data, 'no-such', {}));
});

test('formatNumber and formatAmount', () => {
  assert.equal(rules.formatNumber('657'), '657');
  assert.equal(rules.formatNumber('854.10'), '854.1');
  assert.equal(rules.formatNumber('0.335'), '0.335');
  assert.equal(rules.formatNumber('0.33335'), '0.3334');
  assert.equal(rules.formatNumber('-0.33335'), '-0.3334');
  assert.equal(rules.formatNumber('-0.00004'), '0');
  assert.equal(rules.formatNumber('1000000'), '1000000', 'no grouping');
  assert.equal(rules.formatAmount('771'), '771.00');
  assert.equal(rules.formatAmount('-0.001'), '0.00');
  assert.equal(rules.formatAmount('123456789012345678901234567890.125'), '123456789012345678901234567890.13', 'BigInt, not double');
});

test('finder: nothing in scope without a region', () => {
  assert.deepEqual(find({}), { regions: [], questions: [], results: [] });
  assert.deepEqual(find({ 地区: 'nowhere' }), { regions: [], questions: [], results: [] });
});

test('finder: the region chain and the questions that matter there, in the data\'s order', () => {
  const luzhou = find({ 地区: 'luzhou' });
  assert.deepEqual(luzhou.regions, ['luzhou', 'changzhi', 'shanxi']);
  assert.deepEqual(luzhou.questions, ['年龄', '家庭人数', '人均收入', '低保对象', '特困人员', '致残性质', '残疾等级']);
  assert.ok(!luzhou.results.some(r => r.calculator === 'yangquan-dibao'), 'another city\'s calculator is out of scope');
  const yangquan = find({ 地区: 'pingding' });
  assert.deepEqual(yangquan.regions, ['pingding', 'yangquan', 'shanxi']);
  assert.deepEqual(yangquan.questions, ['年龄', '户籍', '家庭人数', '人均收入', '低保对象', '特困人员', '致残性质', '残疾等级']);
  assert.deepEqual(find({ 地区: 'ceshi' }).questions, ['甲', '乙']);
});

test('finder: statuses likely, unknown, near; two failures are not listed', () => {
  const found = find({ 地区: 'luzhou', 年龄: '85', 低保对象: '是', 人均收入: '800', 家庭人数: '2' });
  assert.deepEqual(found.results.map(r => [r.calculator, r.status]), [
    ['shanxi-gaoling', 'likely'], ['shanxi-fuxu', 'likely'], ['shanxi-mianfei', 'likely'], ['changzhi-dibao', 'near'],
  ]);
  const [gaoling, fuxu, mianfei, dibao] = found.results;
  assert.equal(JSON.stringify(gaoling), JSON.stringify({
    calculator: 'shanxi-gaoling', status: 'likely', amount: '50.00', unit: '元/月', period: '每月', failed: [], needs: [],
    programs: [{ id: 'shanxi-05', title: '高龄老人津贴', url: 'programs/shanxi-05/', phone: '0351-4040000', contact: '山西省民政厅' }],
  }));
  assert.equal(fuxu.amount, null);
  assert.deepEqual(fuxu.needs, ['致残性质', '残疾等级'], 'likely (no conditions) but the amount needs answers');
  assert.deepEqual(mianfei.needs, [], '是 或 (unanswered) holds');
  assert.equal(mianfei.amount, null);
  assert.deepEqual(dibao.failed, ['潞州区家庭月人均收入800元不低于当地标准780元']);
  assert.ok(!find({ 地区: 'luzhou', 年龄: '85', 低保对象: '是', 人均收入: '900', 家庭人数: '2' }).results.some(r => r.calculator === 'changzhi-dibao'),
    '900 against 780 misses by more than a tenth: not a narrow miss');
  assert.equal(dibao.amount, null);

  const unknown = find({ 地区: 'luzhou', 年龄: '70' });
  const m = unknown.results.find(r => r.calculator === 'shanxi-mianfei');
  assert.equal(m.status, 'unknown');
  assert.deepEqual(m.needs, ['是否为低保对象', '是否为特困供养人员']);
  const d = unknown.results.find(r => r.calculator === 'changzhi-dibao');
  assert.equal(d.status, 'unknown');
  assert.deepEqual(d.needs, ['家庭月人均收入'], 'only what the conditions still need');
  const g = unknown.results.find(r => r.calculator === 'shanxi-gaoling');
  assert.equal(g.status, 'near', 'every condition holds but 70 is outside the bands: as one failed condition');
  assert.deepEqual(g.failed, ['70不在高龄老人津贴标准的范围内']);
  assert.equal(g.amount, null);

  const none = find({ 地区: 'luzhou', 年龄: '50', 低保对象: '否', 特困人员: '否' });
  assert.ok(!none.results.some(r => r.calculator === 'shanxi-mianfei'), 'two conditions fail');
  assert.ok(!none.results.some(r => r.calculator === 'shanxi-gaoling'), '50 against 60 is not a narrow miss');
  assert.equal(find({ 地区: 'luzhou', 年龄: '55' }).results.find(r => r.calculator === 'shanxi-gaoling').status, 'near', '55 against 60 is');
  const near = find({ 地区: 'luzhou', 年龄: '60', 低保对象: '是' });
  const n = near.results.find(r => r.calculator === 'shanxi-mianfei');
  assert.equal(n.status, 'near');
  assert.deepEqual(n.failed, ['年龄60岁，未满65周岁']);
  assert.ok(!find({ 地区: 'luzhou', 年龄: '50', 低保对象: '是' }).results.some(r => r.calculator === 'shanxi-mianfei'), '50 against 65 is not narrow');
});

test('finder: ordered likely, unknown, near, then in calculator order', () => {
  const found = find({ 地区: 'changzhi', 年龄: '50', 低保对象: '否', 特困人员: '否', 人均收入: '1' });
  assert.deepEqual(found.results.map(r => [r.calculator, r.status]), [
    ['shanxi-fuxu', 'likely'], ['changzhi-dibao', 'unknown'],
  ]);
  assert.deepEqual(found.results[1].needs, ['所在地区'], 'a city is not one of the calculator\'s regions: it needs a county');
  const order = { likely: 0, unknown: 1, near: 2 };
  for (const answers of [{ 地区: 'luzhou' }, { 地区: 'tunliu', 年龄: '95', 人均收入: '650', 家庭人数: '3' }, { 地区: 'chengqu', 户籍: '城市', 人均收入: '600', 家庭人数: '1' }]) {
    const statuses = find(answers).results.map(r => order[r.status]);
    assert.deepEqual(statuses, [...statuses].sort((a, b) => a - b), JSON.stringify(answers));
  }
  const tunliu = find({ 地区: 'tunliu', 年龄: '95', 人均收入: '650', 家庭人数: '3' });
  assert.equal(tunliu.results.find(r => r.calculator === 'changzhi-dibao').amount, '150.00', '(700 − 650) × 3 by the city\'s key');
  const yangquan = find({ 地区: 'chengqu', 户籍: '城市', 人均收入: '600', 家庭人数: '1' });
  assert.equal(yangquan.results.find(r => r.calculator === 'yangquan-dibao').amount, '57.00');
});

test('finder: invalid answers count as unanswered', () => {
  const found = find({ 地区: 'luzhou', 年龄: 'eighty' });
  assert.equal(found.results.find(r => r.calculator === 'shanxi-gaoling').status, 'unknown');
  assert.equal(rules.checkAnswer(data, '年龄', 'eighty', null), '年龄（周岁）应为整数');
  assert.equal(rules.checkAnswer(data, '地区', 'luzhou', null), null);
  assert.equal(rules.checkAnswer(data, '年龄', '85', null), null);
});

// A very small stand-in for the DOM: enough for the page part to build its forms and show a result.
function fakeDocument(json, apps) {
  class Node {
    constructor(tag, text) { this.tagName = tag; this.text = text; this.attrs = {}; this.children = []; this.handlers = {}; this.value = ''; this.hidden = false; }
    setAttribute(k, v) { this.attrs[k] = String(v); if (k === 'hidden') this.hidden = true; if (k === 'value') this.value = String(v); }
    getAttribute(k) { return k in this.attrs ? this.attrs[k] : null; }
    removeAttribute(k) { delete this.attrs[k]; }
    appendChild(c) { this.children.push(c); c.parent = this; return c; }
    removeChild(c) { this.children.splice(this.children.indexOf(c), 1); return c; }
    get firstChild() { return this.children[0] || null; }
    get textContent() { return this.text !== undefined ? this.text : this.children.map(c => c.textContent).join(''); }
    addEventListener(type, f) { (this.handlers[type] = this.handlers[type] || []).push(f); }
    fire(type) { for (const f of this.handlers[type] || []) f({ preventDefault() {} }); }
    focus() { doc.activeElement = this; }
    all(test) { return this.children.flatMap(c => [...(test(c) ? [c] : []), ...(c.tagName ? c.all(test) : [])]); }
  }
  const script = new Node('SCRIPT', json);
  const doc = {
    readyState: 'complete', activeElement: null,
    createElement: tag => new Node(tag.toUpperCase()),
    createTextNode: t => new Node(undefined, String(t)),
    getElementById: id => id === 'sitegen-rules' ? script : null,
    querySelectorAll: sel => apps.filter(a => sel.includes(a.attrs.class)),
    addEventListener() {},
  };
  return { doc, app: (cls, attrs) => { const n = new Node('DIV'); n.attrs = { class: cls, ...attrs }; apps.push(n); return n; } };
}

test('the page part builds an accessible form and shows the amount, with no DOM library', () => {
  const apps = [];
  const { doc, app } = fakeDocument(JSON.stringify(data), apps);
  const calc = app('calc-app', { 'data-calculator': 'yangquan-dibao', 'data-root': '../' });
  const finder = app('finder-app', { 'data-root': '../' });
  const context = vm.createContext({ document: doc });
  vm.runInContext(source, context);
  const labels = calc.all(n => n.tagName === 'LABEL');
  assert.deepEqual(labels.map(l => l.textContent), ['户籍类型', '共同生活的家庭人数', '家庭月人均收入']);
  const controls = labels.map(l => calc.all(n => n.attrs && n.attrs.id === l.attrs.for)[0]);
  assert.deepEqual(controls.map(c => c.tagName), ['SELECT', 'INPUT', 'INPUT']);
  assert.deepEqual(controls.map(c => c.attrs.inputmode || ''), ['', 'numeric', 'decimal']);
  assert.match(controls[2].attrs['aria-describedby'], /help/);
  const area = calc.all(n => n.attrs && n.attrs.role === 'status')[0];
  assert.equal(area.attrs['aria-live'], 'polite');
  const form = calc.all(n => n.tagName === 'FORM')[0];
  assert.equal(form.all(n => n.tagName === 'BUTTON')[0].textContent, '计算');

  [controls[0].value, controls[1].value, controls[2].value] = ['城市', '3', '400'];
  form.fire('submit');
  assert.match(area.textContent, /每月 771 元/);
  assert.deepEqual(area.all(n => n.tagName === 'OL')[0].children.map(li => li.textContent), ['低保标准 = 657 元/人/月', '(657 − 400) × 3 = 771 元/月']);
  assert.match(area.textContent, /2025年起执行/);
  assert.deepEqual(area.all(n => n.tagName === 'A').map(a => a.attrs.href), ['../programs/yangquan-01/', 'tel:03532293698']);
  assert.doesNotMatch(area.textContent, /NaN|undefined|null/);

  controls[2].value = 'abc';
  form.fire('submit');
  assert.equal(controls[2].attrs['aria-invalid'], 'true');
  assert.match(area.textContent, /家庭月人均收入应为数字/);
  assert.equal(doc.activeElement, controls[2]);

  const region = finder.all(n => n.tagName === 'SELECT')[0];
  assert.deepEqual(region.all(n => n.tagName === 'OPTGROUP').map(g => g.attrs.label), ['山西省', '阳泉市', '长治市']);
  region.value = 'luzhou';
  region.fire('change');
  assert.deepEqual(finder.all(n => n.tagName === 'LEGEND').map(l => l.textContent), ['基本情况', '家庭收入', '身份', '优抚']);
  const age = finder.all(n => n.attrs && n.attrs.name === '年龄')[0];
  age.value = '85';
  finder.all(n => n.tagName === 'FORM')[0].fire('submit');
  const shown = finder.all(n => n.attrs && n.attrs.role === 'status')[0];
  assert.deepEqual(shown.all(n => n.tagName === 'H2').map(h => h.textContent), ['可能符合（2）', '还需了解（2）', '差一点（0）']);
  assert.match(shown.textContent, /可能符合，以主管部门审核为准/);
  assert.match(shown.textContent, /每月 50 元/);
  assert.ok(shown.all(n => n.tagName === 'A').some(a => a.attrs.href === '../programs/shanxi-05/'));
});

test('the script sends nothing anywhere and builds no HTML from text', () => {
  for (const banned of [/\bfetch\s*\(/, /XMLHttpRequest/, /localStorage/, /sessionStorage/, /indexedDB/, /document\.cookie/, /sendBeacon/,
    /WebSocket/, /innerHTML/, /outerHTML/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function/, /history\.(push|replace)State/,
    /location\.(href|assign|replace|hash|search)\s*=/, /\.on[a-z]+\s*=/])
    assert.doesNotMatch(source, banned);
});
