/*
 * SiteGen rules: the calculators and the eligibility finder (政策找人) in the reader's browser.
 *
 * The data is the JSON the build embeds in <script type="application/json" id="sitegen-rules"> (its shape is
 * fixed by the contract between the build and this file); the semantics are docs/RULES.md. The C# evaluator
 * follows the same semantics and a test compares the two, result object for result object, so keep the
 * result objects' fields, their order and every text in step with the C# side.
 *
 * Exact arithmetic: every number is a fraction of two BigInts, normalised; nothing is rounded until the
 * amount is rounded to the fen (halves away from zero) or a number is formatted for display.
 *
 * The core (SiteGenRules.evaluate, .find, …) uses no DOM and runs in Jint and in a Node vm as well. The page
 * part runs only when a document exists: it builds the forms with createElement/textContent (no HTML from the
 * data is ever parsed) and never sends what the reader types anywhere (no requests, no storage, no URLs).
 *
 * Plain ES2017 plus BigInt, no build step, no dependencies.
 */
(function (global) {
  'use strict';

  // ---- Exact fractions -----------------------------------------------------------------------

  var ZERO = BigInt(0), ONE = BigInt(1), TWO = BigInt(2), TEN = BigInt(10), HUNDRED = BigInt(100);

  var TEXT_DIV0 = '规则计算中出现除以零';

  function RuleFault(status, message) {
    this.status = status;
    this.message = message;
  }

  function fault(status, message) { return new RuleFault(status, message); }

  function babs(a) { return a < ZERO ? -a : a; }

  function gcd(a, b) {
    a = babs(a); b = babs(b);
    while (b !== ZERO) { var t = a % b; a = b; b = t; }
    return a;
  }

  function frac(n, d) {
    if (d === undefined) d = ONE;
    if (d === ZERO) throw fault('error', TEXT_DIV0);
    if (d < ZERO) { n = -n; d = -d; }
    var g = gcd(n, d);
    if (g > ONE) { n = n / g; d = d / g; }
    if (n === ZERO) d = ONE;
    return { n: n, d: d };
  }

  function pow10(k) {
    var r = ONE;
    for (var i = 0; i < k; i++) r = r * TEN;
    return r;
  }

  var DECIMAL = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/;

  /** A decimal string ("657", "0.5", "-3") as a fraction; null when it is not one. */
  function parseDecimal(text) {
    if (text === null || text === undefined) return null;
    var m = DECIMAL.exec(String(text).trim());
    if (!m) return null;
    var whole = m[2] || '', part = m[3] || '';
    if (whole === '' && part === '') return null;
    var n = BigInt((whole || '0') + part);
    if (m[1] === '-') n = -n;
    return frac(n, pow10(part.length));
  }

  function add(a, b) { return frac(a.n * b.d + b.n * a.d, a.d * b.d); }
  function sub(a, b) { return frac(a.n * b.d - b.n * a.d, a.d * b.d); }
  function mul(a, b) { return frac(a.n * b.n, a.d * b.d); }
  function div(a, b) {
    if (b.n === ZERO) throw fault('error', TEXT_DIV0);
    return frac(a.n * b.d, a.d * b.n);
  }
  function negate(a) { return frac(-a.n, a.d); }
  function cmp(a, b) {
    var l = a.n * b.d, r = b.n * a.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  function fabs(a) { return frac(babs(a.n), a.d); }

  function floorF(a) {
    var q = a.n / a.d;
    if (a.n < ZERO && q * a.d !== a.n) q = q - ONE;
    return frac(q);
  }
  function ceilF(a) { return negate(floorF(negate(a))); }

  /** The whole number nearest to a × 10^places, halves away from zero (the count of 10^-places units). */
  function roundUnits(a, places) {
    var n = a.n, d = a.d;
    if (places >= 0) n = n * pow10(places); else d = d * pow10(-places);
    var neg = n < ZERO;
    var m = babs(n);
    var q = m / d, r = m % d;
    if (r * TWO >= d) q = q + ONE;
    return neg ? -q : q;
  }

  /** round(x, n): n decimal places, halves away from zero. */
  function roundF(a, places) {
    var units = roundUnits(a, places);
    return places >= 0 ? frac(units, pow10(places)) : frac(units * pow10(-places));
  }

  function toFixed2(a) {
    var c = roundUnits(a, 2);
    var neg = c < ZERO;
    var m = babs(c);
    var cents = String(m % HUNDRED);
    if (cents.length < 2) cents = '0' + cents;
    return (neg ? '-' : '') + String(m / HUNDRED) + '.' + cents;
  }

  function asFraction(x) {
    if (x && typeof x === 'object' && typeof x.n === 'bigint') return x;
    var f = parseDecimal(x);
    if (!f) throw new Error('not a decimal: ' + x);
    return f;
  }

  function toFixed4(a) {
    var c = roundUnits(a, 4);
    var neg = c < ZERO;
    var m = babs(c);
    var scale = BigInt(10000);
    var rest = String(m % scale);
    while (rest.length < 4) rest = '0' + rest;
    return (neg ? '-' : '') + String(m / scale) + '.' + rest;
  }

  /** Up to four decimals (halves away from zero), no trailing zeros, "-" for negatives: 657, 854.1, 0.907, 0.3333. */
  function formatNumber(x) {
    var text = toFixed4(asFraction(x));
    text = text.replace(/0+$/, '').replace(/\.$/, '');
    return text === '-0' ? '0' : text;
  }

  /** The amount in 元, rounded to the fen, always two decimals: "771.00". */
  function formatAmount(x) { return toFixed2(asFraction(x)); }

  // ---- Values -------------------------------------------------------------------------------

  function num(f) { return { t: 'num', f: f }; }
  function bool(v) { return { t: 'bool', v: !!v }; }
  function text(v, region) { return { t: 'text', v: v, region: !!region }; }
  function unknown(needs) { return { t: 'unk', needs: needs }; }

  function has(obj, key) { return obj !== null && obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key); }

  function orNull(v) { return v === undefined ? null : v; }

  function mergeNeeds(list) {
    var out = [];
    list.forEach(function (v) {
      if (v && v.t === 'unk') v.needs.forEach(function (n) { if (out.indexOf(n) < 0) out.push(n); });
    });
    return out;
  }

  function regionName(data, id) {
    return has(data.regions, id) && data.regions[id] && data.regions[id].name ? data.regions[id].name : id;
  }

  function isPercent(p) { return !!p && p.unit === '%'; }

  // ---- Reading answers ------------------------------------------------------------------------

  function rangeText(q) {
    return (q.min !== null && q.min !== undefined ? formatNumber(q.min) : '') + '至' +
      (q.max !== null && q.max !== undefined ? formatNumber(q.max) : '') + (q.unit ? q.unit : '');
  }

  /**
   * Reads one answer as typed. allowed: the region ids allowed for a region question (null: any region of the
   * data). Returns {value} or {message}; {missing: true} as well when nothing was given.
   */
  function readAnswer(data, name, raw, allowed) {
    var q = has(data.questions, name) ? data.questions[name] : { label: name, type: 'number' };
    var label = q.label || name;
    var s = raw === null || raw === undefined ? '' : String(raw).trim();
    if (s === '') return { missing: true, message: '请填写' + label };
    var f;
    switch (q.type) {
      case 'number':
      case 'integer':
        if (q.type === 'integer' ? !/^-?[0-9]+$/.test(s) : !/^-?[0-9]+(\.[0-9]+)?$/.test(s))
          return { message: label + (q.type === 'integer' ? '应为整数' : '应为数字') };
        f = parseDecimal(s);
        if ((q.min !== null && q.min !== undefined && cmp(f, asFraction(q.min)) < 0) ||
            (q.max !== null && q.max !== undefined && cmp(f, asFraction(q.max)) > 0))
          return { message: label + '应在' + rangeText(q) + '之间' };
        return { value: num(f) };
      case 'option':
        if (!q.options || q.options.indexOf(s) < 0) return { message: label + '请从选项中选择' };
        return { value: text(s, false) };
      case 'yesno':
        if (s !== '是' && s !== '否') return { message: label + '请选择是或否' };
        return { value: bool(s === '是') };
      case 'region':
        if (allowed ? allowed.indexOf(s) < 0 : !has(data.regions, s)) return { message: label + '请从选项中选择' };
        return { value: text(s, true) };
      default:
        return { message: label + '请从选项中选择' };
    }
  }

  // ---- Evaluation ---------------------------------------------------------------------------

  var PREC = { or: 1, and: 2, '<': 4, '<=': 4, '>': 4, '>=': 4, '==': 4, '!=': 4, '+': 5, '-': 5, '*': 6, '/': 6 };
  var SHOWN = {
    '+': ' + ', '-': ' − ', '*': ' × ', '/': ' ÷ ', '<': ' < ', '<=': ' ≤ ', '>': ' > ', '>=': ' ≥ ',
    '==': ' = ', '!=': ' ≠ ', and: ' 且 ', or: ' 或 '
  };

  /**
   * One evaluation of one calculator. values: input name -> value. partial: answers may be missing (the
   * finder); a missing input is then an unknown value that records which questions it needs.
   */
  function Run(data, calc, values, partial) {
    this.data = data;
    this.calc = calc;
    this.values = values;
    this.partial = partial;
    this.steps = {};
    this.stepState = {};
    this.used = [];
  }

  Run.prototype.stepDef = function (name) {
    var steps = this.calc.steps || [];
    for (var i = 0; i < steps.length; i++) if (steps[i].name === name) return steps[i];
    return null;
  };

  Run.prototype.param = function (name) {
    var p = has(this.calc.parameters, name) ? this.calc.parameters[name] : null;
    if (!p) throw fault('error', '规则中没有参数' + name);
    if (this.used.indexOf(name) < 0) this.used.push(name);
    return p;
  };

  Run.prototype.number = function (v) {
    if (v.t !== 'num') throw fault('error', '规则中的数值类型有误');
    return v.f;
  };

  Run.prototype.condition = function (v) {
    if (v.t !== 'bool') throw fault('error', '规则中的条件类型有误');
    return v.v;
  };

  Run.prototype.step = function (name) {
    if (has(this.steps, name)) return this.steps[name];
    var def = this.stepDef(name);
    if (!def) throw fault('error', '规则中没有步骤' + name);
    if (this.stepState[name]) throw fault('error', '规则中的步骤' + name + '引用了自身');
    this.stepState[name] = true;
    var v = this.value(def.expr);
    this.steps[name] = v;
    return v;
  };

  function keyText(v) {
    if (v.t === 'text') return v.v;
    if (v.t === 'bool') return v.v ? '是' : '否';
    return formatNumber(v.f);
  }

  Run.prototype.lookup = function (node) {
    var p = this.param(node.n);
    var self = this;
    var args = (node.a || []).map(function (a) { return self.value(a); });
    if (args.some(function (a) { return a.t === 'unk'; })) return unknown(mergeNeeds(args));
    var raw;
    if (p.bands) {
      var key = this.number(args[0]);
      var band = null;
      for (var i = 0; i < p.bands.length && !band; i++) {
        var b = p.bands[i];
        if (cmp(key, asFraction(b.from)) >= 0 && (b.to === null || b.to === undefined || cmp(key, asFraction(b.to)) <= 0)) band = b;
      }
      if (!band) throw fault('outside', formatNumber(key) + '不在' + (p.label || node.n) + '的范围内');
      raw = band.value;
    } else {
      var level = p.values;
      var keys = p.keys || [];
      for (var k = 0; k < args.length; k++) {
        var id = keyText(args[k]);
        var seen = {};
        if (keys[k] === '地区' || (args[k].t === 'text' && args[k].region)) {
          while (!has(level, id) && has(this.data.regions, id) && !seen[id]) {
            seen[id] = true;
            id = this.data.regions[id].parent;
            if (id === null || id === undefined) break;
          }
        }
        if (!has(level, id)) throw fault('error', (p.label || node.n) + '中没有' + keyText(args[k]) + '的数值');
        level = level[id];
      }
      // null: the source gives no amount for this case (written 无 in the table).
      if (level === null) {
        var shownKeys = args.map(function (a) { return a.t === 'text' && a.region ? regionName(self.data, a.v) : keyText(a); });
        throw fault('outside', shownKeys.join('、') + '不在' + (p.label || node.n) + '的范围内');
      }
      raw = level;
    }
    var f = asFraction(raw);
    return num(isPercent(p) ? div(f, frac(HUNDRED)) : f);
  };

  Run.prototype.value = function (node) {
    var self = this;
    switch (node.k) {
      case 'num': return num(asFraction(node.v));
      case 'str': return text(node.v, false);
      case 'bool': return bool(node.v);
      case 'input':
        if (has(this.values, node.n)) return this.values[node.n];
        if (this.partial) return unknown([node.n]);
        throw fault('error', '缺少' + node.n);
      case 'step': return this.step(node.n);
      case 'param': {
        var p = this.param(node.n);
        if (p.value === null || p.value === undefined) throw fault('error', '参数' + node.n + '不是单个数值');
        var f = asFraction(p.value);
        return num(isPercent(p) ? div(f, frac(HUNDRED)) : f);
      }
      case 'index': return this.lookup(node);
      case 'neg': {
        var x = this.value(node.a[0]);
        return x.t === 'unk' ? x : num(negate(this.number(x)));
      }
      case 'not': {
        var c = this.value(node.a[0]);
        return c.t === 'unk' ? c : bool(!this.condition(c));
      }
      case 'op': return this.op(node.o, this.value(node.a[0]), this.value(node.a[1]));
      case 'call': return this.call(node);
      default: throw fault('error', '规则中有无法识别的表达式');
    }
  };

  function same(a, b) {
    if (a.t === 'num' && b.t === 'num') return cmp(a.f, b.f) === 0;
    if (a.t === 'bool' && b.t === 'bool') return a.v === b.v;
    if (a.t === 'text' && b.t === 'text') return a.v === b.v;
    return false;
  }

  Run.prototype.op = function (o, l, r) {
    if (o === 'and' || o === 'or') {
      // Both sides are evaluated (so the errors are the same whatever the order); unknowns follow three-valued logic.
      var lk = l.t !== 'unk', rk = r.t !== 'unk';
      var lv = lk && this.condition(l), rv = rk && this.condition(r);
      if (o === 'and') {
        if ((lk && !lv) || (rk && !rv)) return bool(false);
        return lk && rk ? bool(true) : unknown(mergeNeeds([l, r]));
      }
      if ((lk && lv) || (rk && rv)) return bool(true);
      return lk && rk ? bool(false) : unknown(mergeNeeds([l, r]));
    }
    if (l.t === 'unk' || r.t === 'unk') return unknown(mergeNeeds([l, r]));
    switch (o) {
      case '+': return num(add(this.number(l), this.number(r)));
      case '-': return num(sub(this.number(l), this.number(r)));
      case '*': return num(mul(this.number(l), this.number(r)));
      case '/': return num(div(this.number(l), this.number(r)));
      case '<': return bool(cmp(this.number(l), this.number(r)) < 0);
      case '<=': return bool(cmp(this.number(l), this.number(r)) <= 0);
      case '>': return bool(cmp(this.number(l), this.number(r)) > 0);
      case '>=': return bool(cmp(this.number(l), this.number(r)) >= 0);
      case '==': return bool(same(l, r));
      case '!=': return bool(!same(l, r));
      default: throw fault('error', '规则中有无法识别的运算');
    }
  };

  Run.prototype.tryValue = function (node) {
    try { return this.value(node); } catch (e) { if (e instanceof RuleFault) return null; throw e; }
  };

  Run.prototype.call = function (node) {
    var self = this;
    var a = node.a || [];
    if (node.f === 'if') {
      var c = this.value(a[0]);
      if (c.t === 'unk') return unknown(mergeNeeds([c, this.tryValue(a[1]), this.tryValue(a[2])]));
      return this.value(this.condition(c) ? a[1] : a[2]);
    }
    var args = a.map(function (x) { return self.value(x); });
    if (args.some(function (x) { return x.t === 'unk'; })) return unknown(mergeNeeds(args));
    var fs = args.map(function (x) { return self.number(x); });
    switch (node.f) {
      case 'max':
      case 'min': {
        var best = fs[0];
        for (var i = 1; i < fs.length; i++) {
          var c2 = cmp(fs[i], best);
          if (node.f === 'max' ? c2 > 0 : c2 < 0) best = fs[i];
        }
        return num(best);
      }
      case 'round': {
        var places = 0;
        if (fs.length > 1) {
          if (fs[1].d !== ONE) throw fault('error', 'round 的小数位数应为整数');
          places = Number(fs[1].n);
        }
        return num(roundF(fs[0], places));
      }
      case 'floor': return num(floorF(fs[0]));
      case 'ceil': return num(ceilF(fs[0]));
      case 'abs': return num(fabs(fs[0]));
      default: throw fault('error', '规则中没有函数' + node.f);
    }
  };

  // ---- Display of values and of the working -------------------------------------------------

  Run.prototype.show = function (v) {
    if (v.t === 'num') return formatNumber(v.f);
    if (v.t === 'bool') return v.v ? '是' : '否';
    if (v.t === 'text') return v.region ? regionName(this.data, v.v) : v.v;
    return '?';
  };

  function percentText(f) { return formatNumber(mul(f, frac(HUNDRED))) + '%'; }

  Run.prototype.showStep = function (def, v) {
    if (def && def.unit === '%' && v.t === 'num') return percentText(v.f);
    return this.show(v);
  };

  /** The expression with every name replaced by its value: {s: text, p: precedence}. */
  Run.prototype.render = function (node) {
    var self = this;
    switch (node.k) {
      case 'num': return { s: formatNumber(node.v), p: 8 };
      case 'str': return { s: String(node.v), p: 8 };
      case 'bool': return { s: node.v ? '是' : '否', p: 8 };
      case 'input': return { s: this.show(this.value(node)), p: 8 };
      case 'step': return { s: this.showStep(this.stepDef(node.n), this.step(node.n)), p: 8 };
      case 'param':
      case 'index': {
        var v = this.value(node);
        var p = this.calc.parameters[node.n];
        return { s: isPercent(p) && v.t === 'num' ? percentText(v.f) : this.show(v), p: 8 };
      }
      case 'neg': {
        var c = this.render(node.a[0]);
        return { s: '−' + (c.p < 7 ? '(' + c.s + ')' : c.s), p: 7 };
      }
      case 'not': {
        var n = this.render(node.a[0]);
        return { s: '非' + (n.p < 3 ? '(' + n.s + ')' : n.s), p: 3 };
      }
      case 'op': {
        var prec = PREC[node.o];
        var l = this.render(node.a[0]), r = this.render(node.a[1]);
        var comparison = prec === 4;
        var wrapL = comparison ? l.p <= 4 : l.p < prec;
        var wrapR = comparison ? r.p <= 4 : (r.p < prec || (r.p === prec && (node.o === '-' || node.o === '/')));
        return {
          s: (wrapL ? '(' + l.s + ')' : l.s) + SHOWN[node.o] + (wrapR ? '(' + r.s + ')' : r.s),
          p: prec
        };
      }
      case 'call': {
        if (node.f === 'if') return this.render(this.condition(this.value(node.a[0])) ? node.a[1] : node.a[2]);
        return { s: node.f + '(' + node.a.map(function (x) { return self.render(x).s; }).join(', ') + ')', p: 8 };
      }
      default: return { s: '?', p: 8 };
    }
  };

  /** A fails text with each {name} replaced by the value of an input, step or parameter. */
  Run.prototype.fill = function (template) {
    var self = this;
    return String(template || '').replace(/\{([^{}]+)\}/g, function (whole, name) {
      try {
        if (has(self.values, name)) return self.show(self.values[name]);
        var def = self.stepDef(name);
        if (def) {
          var v = self.step(name);
          return v.t === 'unk' ? whole : self.showStep(def, v);
        }
        var p = has(self.calc.parameters, name) ? self.calc.parameters[name] : null;
        if (p && p.value !== null && p.value !== undefined)
          return isPercent(p) ? formatNumber(p.value) + '%' : formatNumber(p.value);
      } catch (e) {
        if (!(e instanceof RuleFault)) throw e;
      }
      return whole;
    });
  };

  Run.prototype.working = function (amountText) {
    var self = this;
    var lines = [];
    (this.calc.steps || []).forEach(function (def) {
      if (!has(self.steps, def.name)) return;
      var value = self.showStep(def, self.steps[def.name]);
      var shown = self.render(def.expr).s;
      lines.push(def.name + ' = ' + (shown === value ? value : shown + ' = ' + value) +
        (def.unit && def.unit !== '%' ? ' ' + def.unit : ''));
    });
    if (amountText !== null) {
      var shownAmount = this.render(this.calc.amount).s;
      lines.push((shownAmount === amountText ? amountText : shownAmount + ' = ' + amountText) +
        (this.calc.unit ? ' ' + this.calc.unit : ''));
    }
    return lines;
  };

  Run.prototype.parametersUsed = function () {
    var params = this.calc.parameters || {};
    return this.used.map(function (name) {
      var p = params[name] || {};
      return { name: name, label: orNull(p.label), from: orNull(p.from), source: orNull(p.source) };
    });
  };

  // ---- Calculators --------------------------------------------------------------------------

  function calculator(data, id) {
    var list = (data && data.calculators) || [];
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    return null;
  }

  function result(calc, status, fields) {
    var r = {
      status: status,
      amount: null,
      unit: orNull(calc.unit),
      period: orNull(calc.period),
      working: [],
      failed: [],
      errors: [],
      message: null,
      parameters: []
    };
    Object.keys(fields || {}).forEach(function (k) { r[k] = fields[k]; });
    return r;
  }

  /** The regions a calculator asks 地区 from: regions_allowed, else (the build always writes it) every region within its own. */
  function regionsAllowed(data, calc) {
    if (calc.regions_allowed) return calc.regions_allowed;
    return Object.keys(data.regions || {}).filter(function (id) { return regionChain(data, id).indexOf(calc.region) >= 0; });
  }

  function allowedFor(calc, name, data) {
    var q = has(data.questions, name) ? data.questions[name] : null;
    return q && q.type === 'region' ? regionsAllowed(data, calc) : null;
  }

  /** Works out one calculator for inputs (question name -> text as typed). See docs/RULES.md. */
  function evaluate(data, calculatorId, inputs) {
    var calc = calculator(data, calculatorId);
    if (!calc) throw new Error('unknown calculator: ' + calculatorId);
    inputs = inputs || {};
    var values = {}, errors = [];
    (calc.inputs || []).forEach(function (name) {
      var read = readAnswer(data, name, has(inputs, name) ? inputs[name] : undefined, allowedFor(calc, name, data));
      if (read.value) values[name] = read.value;
      else errors.push({ input: name, message: read.message });
    });
    if (errors.length) return result(calc, 'invalid', { errors: errors });

    var run = new Run(data, calc, values, false);
    try {
      var failed = [];
      (calc.eligible || []).forEach(function (rule) {
        if (!run.condition(run.value(rule.when))) failed.push(run.fill(rule.fails));
      });
      if (failed.length) return result(calc, 'not_eligible', { failed: failed });
      var amount = null, shown = null;
      if (calc.amount) {
        var f = run.number(run.value(calc.amount));
        amount = formatAmount(f);
        shown = formatNumber(roundF(f, 2));
      }
      return result(calc, 'ok', { amount: amount, working: run.working(shown), parameters: run.parametersUsed() });
    } catch (e) {
      if (e instanceof RuleFault) return result(calc, e.status, { message: e.message });
      throw e;
    }
  }

  // ---- The finder ---------------------------------------------------------------------------

  /** The region and its ancestors, nearest first; empty for an unknown id. */
  function regionChain(data, id) {
    var chain = [];
    while (id !== null && id !== undefined && has(data.regions, id) && chain.indexOf(id) < 0) {
      chain.push(id);
      id = data.regions[id].parent;
    }
    return chain;
  }

  function inScope(data, chain) {
    return ((data && data.calculators) || []).filter(function (c) { return chain.indexOf(c.region) >= 0; });
  }

  /** The questions the finder asks for a region (地区 itself aside), in the order of data.questions. */
  function questionsFor(data, chain) {
    var wanted = {};
    inScope(data, chain).forEach(function (c) {
      (c.inputs || []).forEach(function (n) { if (n !== '地区') wanted[n] = true; });
    });
    return Object.keys(data.questions || {}).filter(function (n) { return wanted[n] === true; });
  }

  var STATUS_ORDER = { likely: 0, unknown: 1, near: 2 };

  /** How many question groups the finder shows open; the others are folded under their group name. */
  var OPEN_GROUPS = 3;

  /**
   * A failed condition is a narrow miss when it compares two numbers within a tenth of the right-hand side
   * (the threshold: 79 against 年龄 >= 80, not 60). Same rule as Evaluator.IsNarrowMiss.
   */
  function narrowMiss(run, node) {
    if (node.k !== 'op' || ['<', '<=', '>', '>='].indexOf(node.o) < 0) return false;
    try {
      var l = run.value(node.a[0]), r = run.value(node.a[1]);
      if (l.t !== 'num' || r.t !== 'num') return false;
      return cmp(mul(fabs(sub(l.f, r.f)), frac(BigInt(10))), fabs(r.f)) <= 0;
    } catch (e) {
      if (e instanceof RuleFault) return false;
      throw e;
    }
  }

  function assess(data, calc, answers) {
    var values = {};
    (calc.inputs || []).forEach(function (name) {
      var read = readAnswer(data, name, has(answers, name) ? answers[name] : undefined, allowedFor(calc, name, data));
      if (read.value) values[name] = read.value;
    });
    var run = new Run(data, calc, values, true);
    var failed = [], pending = [], missed = null;
    (calc.eligible || []).forEach(function (rule) {
      var v;
      try { v = run.value(rule.when); } catch (e) { if (!(e instanceof RuleFault)) throw e; v = bool(false); }
      if (v.t === 'unk') pending.push(v);
      else if (v.t !== 'bool' || !v.v) { failed.push(run.fill(rule.fails)); missed = rule; }
    });
    if (failed.length > 1) return null;
    if (missed && !narrowMiss(run, missed.when)) return null;
    var status = failed.length === 1 ? 'near' : pending.length ? 'unknown' : 'likely';
    var amount = null;
    if (status === 'likely' && calc.amount) {
      try {
        var a = run.value(calc.amount);
        if (a.t === 'unk') pending.push(a);
        else if (a.t === 'num') amount = formatAmount(a.f);
      } catch (e) {
        if (!(e instanceof RuleFault)) throw e;
        // Outside every band the source gives: as good as one failed condition. An error of the rule: no amount.
        if (e.status === 'outside') { status = 'near'; failed.push(e.message); }
      }
    }
    var needed = mergeNeeds(pending);
    var needs = (calc.inputs || []).filter(function (n) { return needed.indexOf(n) >= 0; }).map(function (n) {
      return has(data.questions, n) && data.questions[n].label ? data.questions[n].label : n;
    });
    return {
      calculator: calc.id,
      status: status,
      amount: amount,
      unit: orNull(calc.unit),
      period: orNull(calc.period),
      failed: failed,
      needs: needs,
      programs: (calc.programs || []).map(function (p) { return Object.assign({}, p); })
    };
  }

  /** The finder (政策找人) for answers (question name -> text; 地区 a region id). See docs/RULES.md. */
  function find(data, answers) {
    answers = answers || {};
    var region = has(answers, '地区') && answers['地区'] !== null && answers['地区'] !== undefined ? String(answers['地区']).trim() : '';
    var chain = regionChain(data, region);
    var results = [];
    inScope(data, chain).forEach(function (calc, i) {
      var r = assess(data, calc, answers);
      if (r) results.push({ r: r, i: i });
    });
    results.sort(function (a, b) { return (STATUS_ORDER[a.r.status] - STATUS_ORDER[b.r.status]) || (a.i - b.i); });
    return {
      regions: chain,
      questions: questionsFor(data, chain),
      results: results.map(function (x) { return x.r; })
    };
  }

  /** The message for one answer as typed, or null when it is acceptable (allowed: region ids, or null for any). */
  function checkAnswer(data, name, raw, allowed) {
    var read = readAnswer(data, name, raw, allowed === undefined ? null : allowed);
    return read.value ? null : read.message;
  }

  var api = {
    evaluate: evaluate,
    find: find,
    formatNumber: formatNumber,
    formatAmount: formatAmount,
    checkAnswer: checkAnswer,
    regionChain: function (data, id) { return regionChain(data, id); },
    questionsFor: function (data, regionId) { return questionsFor(data, regionChain(data, regionId)); }
  };
  global.SiteGenRules = api;

  // ---- The page -----------------------------------------------------------------------------

  if (typeof document === 'undefined' || !document.createElement) return;

  var T = {
    choose: '请选择',
    calculate: '计算',
    search: '查找',
    working: '计算过程',
    params: '计算所用标准',
    estimate: '估算金额，实际以主管部门审核为准。',
    eligibleOnly: '根据您填写的情况，可能符合条件，以主管部门审核为准。',
    notEligible: '根据您填写的情况，可能不符合以下条件：',
    invalid: '请检查以下填写内容：',
    askDept: '如有疑问，请咨询主管部门。',
    failed: '暂时无法计算，请咨询主管部门。',
    unavailable: '计算器暂时无法使用，请咨询主管部门。',
    region: '所在地区',
    regionFirst: '请先选择所在地区',
    likely: '可能符合',
    unknown: '还需了解',
    near: '差一点',
    likelyNote: '可能符合，以主管部门审核为准',
    none: '暂无',
    nothing: '根据已填写的情况，没有找到可能符合的项目。如有疑问，请咨询当地民政部门。',
    finderIntro: '以下结果只是初步估算：可能符合，以主管部门审核为准。',
    needs: '还需填写：',
    needsAmount: '填写以下内容后可估算金额：',
    moreQuestions: '个问题，可不填，点开回答',
    nearWhy: '差一点：',
    phone: '咨询电话：',
    seePolicy: '相关政策：',
    source: '依据：'
  };

  var seq = 0;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === '') return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function telHref(phone) {
    var t = String(phone).trim();
    return 'tel:' + (t.charAt(0) === '+' ? '+' : '') + t.replace(/[^0-9]/g, '');
  }

  /** A programme's page address: relative to the site root, so it is prefixed with data-root; nothing else is linked. */
  function pageHref(root, url) {
    if (typeof url !== 'string' || url === '' || /[:\\]/.test(url) || url.charAt(0) === '/') return null;
    return (root || '') + url;
  }

  function unitWord(unit) {
    if (!unit) return '';
    return String(unit).split('/')[0];
  }

  function amountWords(amount, unit, period) {
    var shown = String(amount).replace(/\.00$/, '');
    var parts = [];
    if (period) parts.push(el('span', { 'class': 'rules-period' }, [period]), ' ');
    parts.push(el('strong', { 'class': 'rules-figure' }, [shown]));
    if (unit) parts.push(' ', el('span', { 'class': 'rules-unit' }, [unitWord(unit)]));
    return parts;
  }

  function fromText(from) {
    if (!from) return '';
    return /^[0-9]{4}$/.test(String(from)) ? from + '年起执行' : from + '起执行';
  }

  function sourceText(source) {
    if (!source) return '';
    var s = String(source), i = s.lastIndexOf(':');
    return i > 0 ? s.slice(0, i) + ' 第' + s.slice(i + 1) + '行' : s;
  }

  function contactItems(programs, root, withLink) {
    var items = [];
    (programs || []).forEach(function (p) {
      var bits = [];
      if (withLink) {
        var href = pageHref(root, p.url);
        bits.push(T.seePolicy, href ? el('a', { href: href }, [p.title || p.id || '']) : (p.title || p.id || ''));
      }
      if (p.phone) {
        if (bits.length) bits.push('；');
        bits.push(T.phone, el('a', { href: telHref(p.phone) }, [String(p.phone)]));
        if (p.contact) bits.push('（' + p.contact + '）');
      } else if (p.contact && withLink) {
        bits.push('（' + p.contact + '）');
      }
      if (bits.length) items.push(el('li', null, bits));
    });
    return items.length ? el('ul', { 'class': 'rules-contacts' }, items) : null;
  }

  function optionsFor(data, q, calc) {
    if (q.type === 'yesno') return [['是', '是'], ['否', '否']];
    if (q.type === 'region') {
      var ids = calc ? regionsAllowed(data, calc) : Object.keys(data.regions || {});
      return ids.map(function (id) { return [id, regionName(data, id)]; });
    }
    return (q.options || []).map(function (o) { return [o, o]; });
  }

  /** One labelled field: a select for choices, a text input for numbers; help and error linked by aria-describedby. */
  function buildField(data, prefix, index, name, calc) {
    var q = has(data.questions, name) ? data.questions[name] : { label: name, type: 'number' };
    var id = prefix + '-f' + index;
    var helpId = id + '-help', unitId = id + '-unit', errorId = id + '-error';
    var described = [];
    var control;
    if (q.type === 'number' || q.type === 'integer') {
      var negative = q.min !== null && q.min !== undefined && String(q.min).trim().charAt(0) === '-';
      control = el('input', {
        type: 'text', id: id, name: name, autocomplete: 'off',
        inputmode: q.type === 'integer' && !negative ? 'numeric' : 'decimal'
      });
    } else {
      control = el('select', { id: id, name: name }, [el('option', { value: '' }, [T.choose])]);
      optionsFor(data, q, calc).forEach(function (o) { control.appendChild(el('option', { value: o[0] }, [o[1]])); });
    }
    var row = el('div', { 'class': 'rules-control' }, [control]);
    if (q.unit) { row.appendChild(document.createTextNode(' ')); row.appendChild(el('span', { 'class': 'rules-unit', id: unitId }, [q.unit])); described.push(unitId); }
    var wrap = el('div', { 'class': 'rules-field' }, [el('label', { 'for': id }, [q.label || name]), row]);
    if (q.help) { wrap.appendChild(el('p', { 'class': 'rules-help', id: helpId }, [q.help])); described.push(helpId); }
    var error = el('p', { 'class': 'rules-error', id: errorId, hidden: true });
    wrap.appendChild(error);
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    return {
      name: name, control: control, wrap: wrap,
      setError: function (message) {
        clear(error);
        var ids = described.slice();
        if (message) {
          error.appendChild(document.createTextNode(message));
          error.hidden = false;
          control.setAttribute('aria-invalid', 'true');
          ids.push(errorId);
        } else {
          error.hidden = true;
          control.removeAttribute('aria-invalid');
        }
        if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
        else control.removeAttribute('aria-describedby');
      }
    };
  }

  function readData() {
    var node = document.getElementById('sitegen-rules');
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function paragraph(cls, parts) { return el('p', cls ? { 'class': cls } : null, parts); }

  function list(tag, cls, lines) {
    return el(tag, { 'class': cls }, lines.map(function (l) { return el('li', null, [String(l)]); }));
  }

  function showCalcResult(area, res, calc, root) {
    clear(area);
    var status = res && res.status;
    if (status === 'ok') {
      if (res.amount !== null && res.amount !== undefined) {
        area.appendChild(paragraph('rules-amount', amountWords(res.amount, res.unit, res.period)));
        area.appendChild(paragraph('rules-caution', [T.estimate]));
      } else {
        area.appendChild(paragraph('rules-amount', [T.eligibleOnly]));
      }
      if (res.working && res.working.length) {
        area.appendChild(paragraph('rules-subhead', [el('strong', null, [T.working])]));
        area.appendChild(list('ol', 'rules-working', res.working));
      }
      if (res.parameters && res.parameters.length) {
        area.appendChild(paragraph('rules-subhead', [el('strong', null, [T.params])]));
        area.appendChild(el('ul', { 'class': 'rules-params' }, res.parameters.map(function (p) {
          var bits = [p.label || p.name];
          if (p.from) bits.push('，' + fromText(p.from));
          var cite = calc.parameters && has(calc.parameters, p.name) ? calc.parameters[p.name].cite : null;
          if (cite) bits.push('，' + T.source + cite);
          else if (p.source) bits.push('，' + T.source + sourceText(p.source));
          return el('li', null, [bits.join('')]);
        })));
      }
    } else if (status === 'not_eligible') {
      area.appendChild(paragraph('rules-outcome', [T.notEligible]));
      area.appendChild(list('ul', 'rules-failed', res.failed || []));
      area.appendChild(paragraph(null, [T.askDept]));
    } else if (status === 'invalid') {
      area.appendChild(paragraph('rules-outcome', [T.invalid]));
      area.appendChild(list('ul', 'rules-errors', (res.errors || []).map(function (e) { return e.message; })));
    } else if (status === 'outside' || status === 'error') {
      area.appendChild(paragraph('rules-outcome', [res.message || T.failed]));
      area.appendChild(paragraph(null, [T.askDept]));
    } else {
      area.appendChild(paragraph('rules-outcome', [T.failed]));
    }
    // The note stands on the page beside the calculator, so it is not repeated under every result.
    var contacts = contactItems(calc.programs, root, true);
    if (contacts) area.appendChild(contacts);
    if (!area.textContent.trim()) area.appendChild(paragraph(null, [T.failed]));
  }

  function startCalculator(app, data) {
    var root = app.getAttribute('data-root') || '';
    var calc = data ? calculator(data, app.getAttribute('data-calculator')) : null;
    if (!calc) { app.appendChild(paragraph('rules-outcome', [T.unavailable])); return; }
    var prefix = 'sgr' + (++seq);
    var form = el('form', { 'class': 'rules-form', novalidate: true, 'aria-label': calc.title || null });
    var fields = (calc.inputs || []).map(function (name, i) {
      var f = buildField(data, prefix, i, name, calc);
      form.appendChild(f.wrap);
      return f;
    });
    form.appendChild(el('div', { 'class': 'rules-actions' }, [el('button', { type: 'submit' }, [T.calculate])]));
    var area = el('div', { 'class': 'rules-result', role: 'status', 'aria-live': 'polite' });
    app.appendChild(form);
    app.appendChild(area);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var inputs = {};
      fields.forEach(function (f) { inputs[f.name] = f.control.value; });
      var res;
      try { res = evaluate(data, calc.id, inputs); } catch (err) { res = null; }
      var messages = {};
      ((res && res.status === 'invalid' && res.errors) || []).forEach(function (x) { messages[x.input] = x.message; });
      var first = null;
      fields.forEach(function (f) {
        f.setError(messages[f.name] || null);
        if (messages[f.name] && !first) first = f.control;
      });
      showCalcResult(area, res, calc, root);
      if (first) first.focus();
    });
  }

  function regionSelect(data, id) {
    var select = el('select', { id: id, name: '地区' }, [el('option', { value: '' }, [T.choose])]);
    var regions = data.regions || {};
    var ids = Object.keys(regions);
    var children = {};
    var roots = [];
    ids.forEach(function (r) {
      var parent = regions[r].parent;
      if (parent !== null && parent !== undefined && has(regions, parent)) (children[parent] = children[parent] || []).push(r);
      else roots.push(r);
    });
    roots.forEach(function (r) { select.appendChild(el('option', { value: r }, [regionName(data, r)])); });
    var done = {};
    function group(parent) {
      if (done[parent] || !children[parent]) return;
      done[parent] = true;
      select.appendChild(el('optgroup', { label: regionName(data, parent) }, children[parent].map(function (r) {
        return el('option', { value: r }, [regionName(data, r)]);
      })));
      children[parent].forEach(group);
    }
    roots.forEach(group);
    return select;
  }

  function finderEntry(data, r, root) {
    var calc = calculator(data, r.calculator) || {};
    var title = el('p', { 'class': 'finder-title' });
    var programs = r.programs || [];
    programs.forEach(function (p, i) {
      if (i) title.appendChild(document.createTextNode('、'));
      var href = pageHref(root, p.url);
      title.appendChild(href ? el('a', { href: href }, [p.title || p.id || '']) : document.createTextNode(p.title || p.id || ''));
    });
    if (!programs.length) title.appendChild(document.createTextNode(calc.title || r.calculator));
    var li = el('li', { 'class': 'finder-entry' }, [title]);
    if (calc.title && programs.length && programs.every(function (p) { return p.title !== calc.title; }))
      li.appendChild(paragraph('finder-rule', [calc.title]));
    if (r.status === 'likely') {
      li.appendChild(paragraph('finder-status', [T.likelyNote]));
      if (r.amount !== null && r.amount !== undefined) li.appendChild(paragraph('finder-amount', ['估算：'].concat(amountWords(r.amount, r.unit, r.period))));
      if (r.needs && r.needs.length) li.appendChild(paragraph('finder-needs', [T.needsAmount + r.needs.join('、')]));
    } else if (r.status === 'unknown') {
      li.appendChild(paragraph('finder-needs', [T.needs + (r.needs || []).join('、')]));
    } else {
      li.appendChild(paragraph('finder-failed', [T.nearWhy + (r.failed || []).join('；')]));
      if (r.needs && r.needs.length) li.appendChild(paragraph('finder-needs', [T.needs + r.needs.join('、')]));
    }
    var contacts = contactItems(programs.filter(function (p) { return p.phone; }), root, false);
    if (contacts) li.appendChild(contacts);
    return li;
  }

  function showFinderResult(area, data, found, root, prefix) {
    clear(area);
    if (!found || !found.results) { area.appendChild(paragraph('rules-outcome', [T.failed])); return; }
    if (!found.results.length) { area.appendChild(paragraph('rules-outcome', [T.nothing])); return; }
    area.appendChild(paragraph('rules-caution', [T.finderIntro]));
    [['likely', T.likely], ['unknown', T.unknown], ['near', T.near]].forEach(function (s, i) {
      var headingId = prefix + '-h' + i;
      var entries = found.results.filter(function (r) { return r.status === s[0]; });
      var section = el('section', { 'class': 'finder-group finder-' + s[0], 'aria-labelledby': headingId }, [
        el('h2', { id: headingId }, [s[1] + '（' + entries.length + '）'])
      ]);
      if (entries.length) section.appendChild(el('ul', { 'class': 'finder-list' }, entries.map(function (r) { return finderEntry(data, r, root); })));
      else section.appendChild(paragraph('finder-none', [T.none]));
      area.appendChild(section);
    });
  }

  function startFinder(app, data) {
    if (!data) { app.appendChild(paragraph('rules-outcome', [T.unavailable])); return; }
    var root = app.getAttribute('data-root') || '';
    var prefix = 'sgr' + (++seq);
    var regionQ = has(data.questions, '地区') ? data.questions['地区'] : {};
    var regionId = prefix + '-region';
    var select = regionSelect(data, regionId);
    var regionError = el('p', { 'class': 'rules-error', id: regionId + '-error', hidden: true });
    var form = el('form', { 'class': 'rules-form finder-form', novalidate: true }, [
      el('div', { 'class': 'rules-field' }, [el('label', { 'for': regionId }, [regionQ.label || T.region]), el('div', { 'class': 'rules-control' }, [select]), regionError])
    ]);
    var box = el('div', { 'class': 'finder-questions' });
    form.appendChild(box);
    form.appendChild(el('div', { 'class': 'rules-actions' }, [el('button', { type: 'submit' }, [T.search])]));
    var area = el('div', { 'class': 'rules-result finder-result', role: 'status', 'aria-live': 'polite' });
    app.appendChild(form);
    app.appendChild(area);
    var fields = [];
    var kept = {};

    function rebuild() {
      fields.forEach(function (f) { kept[f.name] = f.control.value; });
      clear(box);
      clear(area);
      fields = [];
      var names = questionsFor(data, regionChain(data, select.value));
      var groups = [], byGroup = {};
      names.forEach(function (n) {
        var g = (data.questions[n] && data.questions[n].group) || '其他';
        if (!byGroup[g]) { byGroup[g] = []; groups.push(g); }
        byGroup[g].push(n);
      });
      var index = 0;
      groups.forEach(function (g, i) {
        var set = el('fieldset', { 'class': 'finder-group-fields' }, [el('legend', null, [g])]);
        var answered = false;
        byGroup[g].forEach(function (n) {
          var f = buildField(data, prefix, index++, n, null);
          if (has(kept, n)) { f.control.value = kept[n]; if (String(kept[n]).trim() !== '') answered = true; }
          set.appendChild(f.wrap);
          fields.push(f);
        });
        // The first groups (basic facts, income, status) decide most rules; the rest wait, folded, until the reader opens them.
        if (i < OPEN_GROUPS) { box.appendChild(set); return; }
        var more = el('details', { 'class': 'finder-more' }, [el('summary', null, [g + '（' + byGroup[g].length + T.moreQuestions + '）']), set]);
        if (answered) more.open = true;
        box.appendChild(more);
      });
    }

    select.addEventListener('change', rebuild);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!select.value) {
        clear(regionError);
        regionError.appendChild(document.createTextNode(T.regionFirst));
        regionError.hidden = false;
        select.setAttribute('aria-invalid', 'true');
        select.setAttribute('aria-describedby', regionError.id);
        clear(area);
        area.appendChild(paragraph('rules-outcome', [T.regionFirst]));
        select.focus();
        return;
      }
      regionError.hidden = true;
      select.removeAttribute('aria-invalid');
      select.removeAttribute('aria-describedby');
      var answers = { '地区': select.value };
      var first = null;
      fields.forEach(function (f) {
        var raw = f.control.value;
        var message = String(raw).trim() === '' ? null : checkAnswer(data, f.name, raw, null);
        f.setError(message);
        if (message && !first) first = f.control;
        if (String(raw).trim() !== '') answers[f.name] = raw;
      });
      var found;
      try { found = find(data, answers); } catch (err) { found = null; }
      showFinderResult(area, data, found, root, prefix);
      if (first) first.focus();
    });
  }

  function start() {
    var calcs = document.querySelectorAll('div.calc-app[data-calculator]');
    var finders = document.querySelectorAll('div.finder-app');
    if (!calcs.length && !finders.length) return;
    var data = readData();
    Array.prototype.forEach.call(calcs, function (app) { startCalculator(app, data); });
    Array.prototype.forEach.call(finders, function (app) { startFinder(app, data); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(typeof globalThis !== 'undefined' ? globalThis : this);
