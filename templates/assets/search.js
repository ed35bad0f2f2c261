/*
 * SiteGen site search: a static, dependency-free client for the index written by
 * SiteGen.Search.Export.StaticIndexExporter (folder search/ at the site root).
 *
 * Loading: every index file is a small script that calls the global SiteGenSearchData(kind, name,
 * data). Files are loaded by adding <script> elements with relative addresses, so search works
 * when the site is served under any sub-path and when it is opened from disk (where browsers
 * block fetch() of file:// addresses). No request ever leaves the site.
 *
 * Ranking: the core below (SiteGenSearch.createCore) is the same rule as the C# engine
 * (SiteGen.Search.Querying): the query is folded, maximum-matched against the vocabulary plus the
 * synonym words (stop words are matched, then dropped), left-over ideographs become bigrams, each
 * word is expanded with its synonyms; each clause adds, per programme, its precomputed score
 * (for a word with synonyms, the exported s:word list), in query order;
 * ties are broken by programme id. Keep it in step with CharClass.cs, MaxMatchTokenizer.cs,
 * QueryPlanner.cs, Ranker.cs and ShardHash.cs: a test runs this file against the C# engine.
 *
 * Plain ES2017, no build step.
 */
(function (global) {
  'use strict';

  // ---- Characters (CharClass.cs) -------------------------------------------------------------

  function foldCode(c) {
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    return c;
  }

  // Folding.cs: full-width forms, upper case, and the traditional characters of the word pieces loaded.
  function fold(text, ideographs) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var ch = String.fromCharCode(foldCode(text.charCodeAt(i)));
      out += ideographs && ideographs.has(ch) ? ideographs.get(ch) : ch;
    }
    return out;
  }

  function isLetters(s) { return /^[a-z]+$/.test(s); }

  function isCjk(c) {
    return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
  }

  function isDigit(c) { return c >= 0x30 && c <= 0x39; }

  function isAlnum(c) { return (c >= 0x61 && c <= 0x7a) || isDigit(c); }

  function alnumRunLength(s, start) {
    var i = start;
    while (i < s.length) {
      var c = s.charCodeAt(i);
      if (isAlnum(c)) { i++; continue; }
      if (c === 0x2e && i > start && isDigit(s.charCodeAt(i - 1)) && i + 1 < s.length && isDigit(s.charCodeAt(i + 1))) { i++; continue; }
      break;
    }
    return i - start;
  }

  // ---- Shards (ShardHash.cs) -----------------------------------------------------------------

  function fnv1a(key) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h >>> 0;
  }

  // StaticIndexExporter.ShardName: at least three digits (piece 1023 is "1023").
  function shardName(n) { return String(n).padStart(3, '0'); }

  // QueryClause.Key: w: a word, g: a bigram, p: pinyin, s: a word with its synonyms.
  function termKey(kind, term) { return kind + ':' + term; }

  // ---- Core: query planning and ranking --------------------------------------------------------

  function ordinal(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  var FLOOR = 0.3;
  var CLOSE = 0.5;
  var MAX_HOMOPHONE = 8;
  // MaxMatchTokenizer.MaxSlipRun: a longer left-over run is the caller's own words, not a slip.
  var MAX_SLIP_RUN = 4;

  // ManifestWriter.Format: the pieces this file knows how to read.
  var FORMAT = 8;

  // ---- Ages (AgeRange.cs, AgeMatcher.cs) -----------------------------------------------------

  var MAX_AGE = 130;
  var NUMERAL_DIGITS = { '零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
  var NUMERAL_UNITS = { '十': 10, '百': 100, '千': 1000 };

  // AgeRange.Number: an age in ASCII digits or Chinese numerals, read as ChineseNumerals.Value reads them
  // (positional, 一百零二; digit by digit without a unit, 二〇二五), or null.
  function numeral(text) {
    if (!text) return null;
    var value;
    if (/^[0-9]+$/.test(text)) value = parseInt(text, 10);
    else if (!/[十百千]/.test(text)) {
      value = 0;
      for (var i = 0; i < text.length; i++) {
        if (!NUMERAL_DIGITS.hasOwnProperty(text.charAt(i))) return null;
        value = value * 10 + NUMERAL_DIGITS[text.charAt(i)];
      }
    } else {
      var section = 0, digit = 0, sawDigit = false;
      for (var k = 0; k < text.length; k++) {
        var ch = text.charAt(k);
        if (NUMERAL_DIGITS.hasOwnProperty(ch)) { digit = NUMERAL_DIGITS[ch]; sawDigit = true; }
        else { section += (sawDigit ? digit : 1) * NUMERAL_UNITS[ch]; digit = 0; sawDigit = false; }
      }
      value = section + digit;
    }
    return value <= MAX_AGE * 10 ? value : null;
  }

  var AGE_NUMBER = '([0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,5})';
  var AGE_PATTERN = '(未满|不满|不到)?' + AGE_NUMBER + '(多|几)?(?:周岁|岁)|(?:今年|已经|都|快|满)' + AGE_NUMBER + '(多)?了|' +
    AGE_NUMBER + '(多)?(?:大寿|寿辰)|年过' + AGE_NUMBER;

  // The first age the folded query states, and the query with it written as N周岁: { age: n or null, rest }.
  function statedAge(s) {
    var re = new RegExp(AGE_PATTERN, 'g');
    var m;
    while ((m = re.exec(s)) !== null) {
      var value = numeral([m[2], m[4], m[6], m[8]].filter(function (g) { return g !== undefined; })[0]);
      if (value === null || value > MAX_AGE) continue;
      var age = m[1] !== undefined ? value - 1 : m[3] !== undefined || m[5] !== undefined || m[7] !== undefined || m[8] !== undefined ? value + 1 : value;
      if (age < 0) continue;
      age = Math.min(age, MAX_AGE);
      return { age: age, rest: s.slice(0, m.index) + ' ' + age + '周岁 ' + s.slice(m.index + m[0].length) };
    }
    return { age: null, rest: s };
  }

  // Everything that grows with the site comes in pieces: missing(query, filters) says which pieces a query
  // still needs, and use(kind, data, name) adds each once loaded; missing() is asked again after each round,
  // since which pieces a query needs depends on those already loaded (its folding, its places, its left-over
  // characters). A query of plain simplified words needs its characters' word pieces, then its postings. Once its
  // words are known, the postings of what can be planned already come with the pieces still needed (pinyin,
  // places), since a homophone found later only adds a clause: every round is a wait the reader sees.
  //   words/NNN.js    the words, place names and bigrams with postings that begin with a character, and its
  //                   characters' simplified forms and readings: a key none holds loads no shard
  //   pinyin/NNN.js   pinyin forms by their first two letters, for letters or short left-over runs of ideographs
  //   region/ID.js, deptType/ID.js, audience/ID.js   the positions a filter (or a place named) keeps
  // After ranking, docsMissing(hits) names the result fragments (docs/NNN.js, by table position) the hits shown need.
  function createCore(manifest) {
    if (!manifest || manifest.format !== FORMAT) throw new Error('search index format ' + (manifest && manifest.format) + ', expected ' + FORMAT);
    var words = new Set();
    var wordPieces = new Set();
    var placeOf = new Map();
    var ideographs = new Map();
    // WordPieceWriter: the second characters of the bigrams with postings, by their first; the single ideographs with postings.
    var followers = new Map();
    var ones = new Set();
    // PinyinPieceWriter: the forms come in pieces by their first two letters.
    var pinyin = new Map();
    var pinyinPieces = new Set();
    var pinyinMax = manifest.pinyinLength;
    // PlaceMatcher.Spellings: the places' pinyin, filed with the forms; the longest loaded bounds the words joined.
    var placeSpelled = new Map();
    var spellingMax = 0;
    var sounds = new Map();
    var sets = new Map();
    var docs = new Map();
    // PostingShards: each shard's postings by key; a key in a shard's "+" list has only its head there, and the rest
    // of its list in tail/BBB-NNN.js, by block of table positions (PostingHeads.cs).
    var postings = new Map();
    var loadedShards = new Set();
    var cut = new Set();
    var tails = new Map();
    var loadedTails = new Set();
    var wanted = null;
    function use(kind, data, name) {
      if (kind === 'words') {
        wordPieces.add(name);
        data.words.forEach(function (w) { words.add(w); });
        for (var k = 0; k + 1 < data.fold.length; k += 2) ideographs.set(data.fold.charAt(k), data.fold.charAt(k + 1));
        Object.keys(data.grams).forEach(function (c) { followers.set(c, data.grams[c]); });
        for (var o = 0; o < data.ones.length; o++) ones.add(data.ones.charAt(o));
        Object.keys(data.places).forEach(function (n) { placeOf.set(n, data.places[n]); });
        // WordPieceWriter: each ideograph, then its reading's letters.
        for (var r = 0; r < data.sounds.length;) {
          var c = data.sounds.charAt(r++), from = r;
          while (r < data.sounds.length && data.sounds.charCodeAt(r) >= 97 && data.sounds.charCodeAt(r) <= 122) r++;
          sounds.set(c, data.sounds.substring(from, r));
        }
      } else if (kind === 'pinyin') {
        pinyinPieces.add(name);
        Object.keys(data.forms).forEach(function (f) { pinyin.set(f, data.forms[f]); });
        Object.keys(data.places).forEach(function (p) {
          placeSpelled.set(p, data.places[p]);
          if (p.length > spellingMax) spellingMax = p.length;
        });
      } else if (kind === 'region' || kind === 'deptType' || kind === 'audience') {
        // FilterSetWriter: positions as gaps from the one before.
        var member = new Uint8Array(manifest.programmes);
        for (var i = 0, at = 0; i < data.length; i++) { at += data[i]; member[at] = 1; }
        sets.set(kind + ':' + name, member);
      } else if (kind === 'doc') {
        docs.set(name, data);
      } else if (kind === 'shard' || kind === 'tail') {
        (kind === 'shard' ? loadedShards : loadedTails).add(name);
        Object.keys(data).forEach(function (key) {
          if (key === '+') data[key].forEach(function (k) { cut.add(k); });
          else if (kind === 'shard') postings.set(key, data[key]);
          else { if (!tails.has(key)) tails.set(key, []); tails.get(key).push(data[key]); }
        });
      }
    }
    function wordPieceOf(ch) { return shardName(ch.charCodeAt(0) % manifest.wordPieces); }
    function missing(query, filters) {
      var need = [];
      function piece(kind, name, path) { need.push({ kind: kind, name: name, path: path }); }
      function filterSet(kind, id) { if (id && !sets.has(kind + ':' + id)) piece(kind, id, kind + '/' + id + '.js'); }
      // Any character may begin a word or a place name.
      function wordsFor(text) {
        var names = new Set();
        for (var k = 0; k < text.length; k++) if (text.charAt(k) !== ' ') { var n = wordPieceOf(text.charAt(k)); if (!wordPieces.has(n)) names.add(n); }
        Array.from(names).sort(ordinal).forEach(function (n) { piece('words', n, 'words/' + n + '.js'); });
        return names.size > 0;
      }
      if (filters) { filterSet('region', filters.region); filterSet('deptType', filters.deptType); filterSet('audience', filters.audience); }
      var asked = new Set();
      // The pinyin piece of forms beginning with these two letters.
      function pinyinFor(prefix) {
        var n = shardName(fnv1a(prefix) % manifest.pinyinPieces);
        if (!pinyinPieces.has(n) && !asked.has(n)) { asked.add(n); piece('pinyin', n, 'pinyin/' + n + '.js'); }
      }
      var s = fold(query);
      // Typed letters, joined across spaces, may begin a form at any letter.
      (s.match(/[a-z][a-z ]*/g) || []).forEach(function (run) {
        var letters = run.replace(/ /g, '');
        for (var k = 0; k + 2 <= letters.length; k++) pinyinFor(letters.substr(k, 2));
      });
      if (wordsFor(s)) return need;
      // A traditional character's simplified form came with its word piece; that form's own piece may not have.
      var folded = fold(query, ideographs);
      if (wordsFor(folded)) return need;
      var placed = places(folded);
      placed.regions.forEach(function (id) { filterSet('region', id); });
      // A stated age is matched as N周岁: the pieces of its digits too.
      var stated = statedAge(placed.rest);
      if (wordsFor(stated.rest)) return need;
      // Short left-over runs of ideographs may be a homophone of a name: the readings of their characters came with
      // the word pieces, and they need the pinyin pieces those readings begin.
      wanted = [];
      segment(stated.rest);
      var runs = wanted;
      wanted = null;
      runs.forEach(function (run) {
        for (var k = 0; k + 1 < run.length && sounds.has(run.charAt(k)) && sounds.has(run.charAt(k + 1)); k++)
          pinyinFor((sounds.get(run.charAt(k)) + sounds.get(run.charAt(k + 1))).substr(0, 2));
      });
      shardsFor(plan(query)).forEach(function (n) { if (!loadedShards.has(n)) need.push(shardPiece(n)); });
      return need;
    }
    var variants = new Map();
    manifest.synonyms.forEach(function (group) {
      group.forEach(function (w) {
        words.add(w);
        if (!variants.has(w)) variants.set(w, new Set());
        group.forEach(function (o) { if (o !== w) variants.get(w).add(o); });
      });
    });
    var stopWords = new Set(manifest.stopWords || []);
    stopWords.forEach(function (w) { words.add(w); });
    var variantLists = new Map();
    variants.forEach(function (set, w) { variantLists.set(w, Array.from(set).sort(ordinal)); });
    // The longest word of any piece (the manifest's wordLength), or of the synonyms and stop words.
    var maxLength = manifest.wordLength;
    words.forEach(function (w) { if (w.length > maxLength) maxLength = w.length; });
    // PlaceMatcher.cs: every region's names (a name two regions share is exported as the first region's).
    var placeMax = manifest.placeLength;
    function places(s) {
      var named = [];
      var rest = s.split('');
      var i = 0;
      while (i < s.length) {
        var len = 0;
        for (var n = Math.min(placeMax, s.length - i); n >= 2; n--) {
          var id = placeOf.get(s.substr(i, n));
          if (id === undefined) continue;
          named.push({ at: i, id: id });
          len = n;
          break;
        }
        if (!len) { i++; continue; }
        for (var k = i; k < i + len; k++) rest[k] = ' ';
        i += len;
      }
      spelledPlaces(rest, named);
      named.sort(function (a, b) { return a.at - b.at; });
      var found = [];
      named.forEach(function (p) { if (found.indexOf(p.id) < 0) found.push(p.id); });
      return { regions: found, rest: rest.join('') };
    }
    // PlaceMatcher.FindSpelled: whole letter words, alone or a few with only spaces between them, that spell a place.
    function spelledPlaces(text, named) {
      if (spellingMax === 0) return;
      var words = [];
      var joined = text.join('');
      var re = /[a-z]+/g, m;
      while ((m = re.exec(joined)) !== null) words.push({ start: m.index, length: m[0].length });
      var w = 0;
      while (w < words.length) {
        var last = w, letters = words[w].length;
        while (last + 1 < words.length) {
          var next = words[last + 1];
          if (letters + next.length > spellingMax) break;
          if (!/^ *$/.test(joined.substring(words[last].start + words[last].length, next.start))) break;
          letters += next.length;
          last++;
        }
        var found = -1;
        for (; last >= w && found < 0; last--) {
          var spelled = '';
          for (var k = w; k <= last; k++) spelled += joined.substr(words[k].start, words[k].length);
          if (spelled.length > spellingMax || !placeSpelled.has(spelled)) continue;
          named.push({ at: words[w].start, id: placeSpelled.get(spelled) });
          for (var c = words[w].start; c < words[last].start + words[last].length; c++) text[c] = ' ';
          found = last;
        }
        w = found < 0 ? w + 1 : found + 1;
      }
    }

    // MaxMatchTokenizer.cs: longest vocabulary word over pieces (one ideograph or a whole
    // letter/digit run); unmatched letter/digit runs are words; unmatched ideographs become
    // bigrams; a matched stop word emits nothing; a matched word longer than two characters is
    // followed by its own sub-words, unless it is a synonym word. s: the folded query, places blanked.
    function segment(s) {
      var tokens = [];
      function longest(start, to, limit) {
        var best = start;
        var j = start;
        while (j < to) {
          var c = s.charCodeAt(j);
          if (isCjk(c)) j++;
          else if (isAlnum(c)) j += alnumRunLength(s, j);
          else break;
          if (j - start > limit) break;
          if (words.has(s.substring(start, j))) best = j;
        }
        return best;
      }
      function run(from, to, limit, outer) {
        var leftover = -1;
        function flush(end) {
          if (leftover < 0) return;
          if (outer && end - leftover === 1) {
            if (!stopWords.has(s.charAt(leftover))) tokens.push({ text: s.charAt(leftover), kind: 'w' });
          } else if (outer && end - leftover > MAX_SLIP_RUN) {
            grams(leftover, end);
          } else if (outer) {
            // MaxMatchTokenizer.Homophone: a span whose readings spell a name's pinyin is that name.
            if (wanted) wanted.push(s.substring(leftover, end));
            var plainFrom = leftover;
            var k = leftover;
            while (k < end) {
              var h = homophone(k, end);
              if (!h) { k++; continue; }
              grams(plainFrom, k);
              tokens.push({ text: h.form, kind: 'p' });
              k += h.length;
              plainFrom = k;
            }
            grams(plainFrom, end);
          }
          leftover = -1;
        }
        // MaxMatchTokenizer.IsOneSlip: the span is the word with exactly one character changed.
        function oneSlip(word, span) {
          if (word.length !== span.length) return false;
          var differ = 0;
          for (var i = 0; i < word.length; i++) if (word.charAt(i) !== span.charAt(i)) differ++;
          return differ === 1;
        }
        function grams(from, end) {
          for (var k = from; k + 2 <= end; k++) tokens.push({ text: s.substr(k, 2), kind: 'g' });
        }
        function homophone(start, end) {
          var parts = [];
          for (var k = start; k < end && parts.length < MAX_HOMOPHONE && sounds.has(s.charAt(k)); k++) parts.push(sounds.get(s.charAt(k)));
          for (var n = parts.length; n >= 2; n--) {
            var form = parts.slice(0, n).join('');
            var span = s.substr(start, n);
            if (pinyin.has(form) && pinyin.get(form).some(function (w) { return oneSlip(w, span); })) return { length: n, form: form };
          }
          return null;
        }
        // MaxMatchTokenizer.PinyinRun: letter runs that are no word, joined across spaces.
        function pinyinRun(start) {
          var letters = '';
          var end = start;
          var j = start;
          while (j < to) {
            var n = alnumRunLength(s, j);
            if (n === 0 || !isLetters(s.substr(j, n)) || longest(j, to, maxLength) > j) break;
            letters += s.substr(j, n);
            end = j + n;
            j = end;
            while (j < to && s.charAt(j) === ' ') j++;
          }
          return { letters: letters, end: end };
        }
        function addPinyin(letters) {
          var k = 0;
          while (k < letters.length) {
            var best = 0;
            for (var n = Math.min(pinyinMax, letters.length - k); n >= 2; n--) if (pinyin.has(letters.substr(k, n))) { best = n; break; }
            if (best === 0) { k++; continue; }
            tokens.push({ text: letters.substr(k, best), kind: 'p' });
            k += best;
          }
        }
        var i = from;
        while (i < to) {
          var c = s.charCodeAt(i);
          if (!isCjk(c) && !isAlnum(c)) { flush(i); i++; continue; }
          var end = longest(i, to, limit);
          if (end > i) {
            flush(i);
            var word = s.substring(i, end);
            if (!stopWords.has(word)) {
              tokens.push({ text: word, kind: 'w' });
              if (outer && end - i > 2 && !variants.has(word)) run(i, end, end - i - 1, false);
            }
            i = end;
          } else if (isCjk(c)) {
            if (leftover < 0) leftover = i;
            i++;
          } else {
            var py = outer ? pinyinRun(i) : { letters: '' };
            flush(i);
            if (py.letters.length > 0) {
              addPinyin(py.letters);
              i = py.end;
              continue;
            }
            var n = alnumRunLength(s, i);
            tokens.push({ text: s.substr(i, n), kind: 'w' });
            i += n;
          }
        }
        flush(to);
      }
      run(0, s.length, maxLength, true);
      return tokens;
    }

    // QueryPlanner.cs + SynonymExpansionFilter.cs + QueryClause.cs: one clause per token, words
    // with their synonyms; a repeated gram, or a word already among an earlier clause's terms, is
    // dropped. A clause has one postings key: s:word for a word with synonyms, else w:word, g:gram or p:form.
    // A pinyin clause's terms are its form, then the words it stands for (PinyinWords.cs).
    // AgeTerms.cs: the manifest's age intervals, from each one's first age, give the key of a stated age's clause.
    function ageKey(age) {
      var key = '';
      manifest.ages.forEach(function (a) { if (a[0] <= age) key = a[1]; });
      return key;
    }

    function plan(query) {
      var placed = places(fold(query, ideographs));
      var stated = statedAge(placed.rest);
      var seenGrams = new Set();
      var seenPinyin = new Set();
      var seenWords = new Set();
      var clauses = [];
      segment(stated.rest).forEach(function (t) {
        var terms = [t.text];
        if (t.kind === 'p') terms = terms.concat(pinyin.get(t.text));
        else if (t.kind === 'w') (variantLists.get(t.text) || []).forEach(function (v) { if (terms.indexOf(v) < 0) terms.push(v); });
        if (t.kind === 'g' ? seenGrams.has(t.text) : t.kind === 'p' ? seenPinyin.has(t.text) : seenWords.has(t.text)) return;
        if (t.kind === 'g') seenGrams.add(t.text);
        else if (t.kind === 'p') { seenPinyin.add(t.text); terms.slice(1).forEach(function (w) { seenWords.add(w); }); }
        else terms.forEach(function (w) { seenWords.add(w); });
        clauses.push({ kind: t.kind, terms: terms, key: t.kind === 'w' && terms.length > 1 ? 's:' + t.text : termKey(t.kind, t.text) });
      });
      // The age stated comes last, as the terms of the conditions covering it.
      var age = stated.age === null ? '' : ageKey(stated.age);
      if (age) clauses.push({ kind: 'a', terms: age.slice(2).split('+'), key: age });
      // The places named rank the programmes covering them first (Ranker.Order's preferred).
      clauses.places = placed.regions;
      return clauses;
    }

    function keysOf(clauses) {
      return clauses.map(function (c) { return c.key; });
    }

    function shardOf(key) { return shardName(fnv1a(key) % manifest.shardCount); }
    function shardPiece(n) { return { kind: 'shard', name: n, path: 'shards/' + n + '.js' }; }

    // False for a bigram or a single ideograph that no programme holds, as its word piece tells (when loaded).
    function mayHold(key) {
      var kind = key.charAt(0), text = key.slice(2);
      if (kind !== 'g' && !(kind === 'w' && text.length === 1 && isCjk(text.charCodeAt(0)))) return true;
      if (!wordPieces.has(wordPieceOf(text.charAt(0)))) return true;
      return kind === 'g' ? (followers.get(text.charAt(0)) || '').indexOf(text.charAt(1)) >= 0 : ones.has(text);
    }
    // PostingShards.TailName: a tail piece is named by its block and its shard within the block.
    function tailName(block, key) { return shardName(block) + '-' + shardName(fnv1a(key) % manifest.tailCount); }

    // The blocks of table positions that hold programmes of the scope.
    function blocksOf(inScope) {
      var blocks = [];
      for (var d = 0; d < manifest.programmes; d++) {
        var b = Math.floor(d / manifest.tailBlock);
        if (inScope(d) && blocks[blocks.length - 1] !== b) blocks.push(b);
      }
      return blocks;
    }

    // The tail pieces of the clauses' cut keys in the scope's blocks.
    function tailsFor(clauses, inScope) {
      var names = new Set();
      var blocks = blocksOf(inScope);
      keysOf(clauses).forEach(function (k) { if (cut.has(k)) blocks.forEach(function (b) { names.add(tailName(b, k)); }); });
      return Array.from(names).sort(ordinal);
    }

    // A query about a place (a region filter, or a place it names): the programmes covering it, whose every match counts.
    function scopeOf(clauses, filters) {
      var member = [];
      if (filters && filters.region) member.push(setOf('region', filters.region));
      (clauses.places || []).forEach(function (id) { member.push(setOf('region', id)); });
      return member.length ? function (d) { return member.some(function (m) { return m[d] === 1; }); } : null;
    }

    // The postings pieces the clauses still need: their keys' shards, then, for a query about a place, the tails
    // of the keys whose shards hold only their heads.
    function postingsMissing(clauses, filters) {
      var shards = shardsFor(clauses).filter(function (n) { return !loadedShards.has(n); });
      if (shards.length) return shards.map(shardPiece);
      var inScope = scopeOf(clauses, filters);
      return (inScope ? tailsFor(clauses, inScope) : []).filter(function (n) { return !loadedTails.has(n); })
        .map(function (n) { return { kind: 'tail', name: n, path: 'tail/' + n + '.js' }; });
    }

    // The shards that may hold the clauses' postings.
    function shardsFor(clauses) {
      var names = new Set();
      keysOf(clauses).forEach(function (k) { if (mayHold(k)) names.add(shardOf(k)); });
      return Array.from(names).sort(ordinal);
    }

    function setOf(kind, id) {
      var member = sets.get(kind + ':' + id);
      if (!member) throw new Error('index piece not loaded: ' + kind + '/' + id);
      return member;
    }

    // False when a query about no place met a key cut to its head: its results are the best of each clause, not all.
    function reachesAll(clauses, filters) {
      return !!scopeOf(clauses, filters) || !keysOf(clauses).some(function (k) { return cut.has(k); });
    }

    // Ranker.cs over the loaded postings (postingsMissing names them). A filter keeps the positions of its set (a
    // region's: ContentLookup.Covers, the region, the regions within it and above it). A key cut to its head counts
    // its head, and within the query's scope its tail too (PostingHeads.Keep).
    function rank(clauses, filters, top) {
      var n = manifest.programmes;
      var totals = new Float64Array(n);
      var inScope = scopeOf(clauses, filters);
      if (inScope) tailsFor(clauses, inScope).forEach(function (n) { if (!loadedTails.has(n)) throw new Error('index piece not loaded: tail/' + n); });
      clauses.forEach(function (clause) {
        var list = postings.get(clause.key);
        if (!list) return;
        var i;
        for (i = 0; i < list.length; i += 2) if (list[i + 1] > 0) totals[list[i]] += list[i + 1];
        if (inScope && cut.has(clause.key)) (tails.get(clause.key) || []).forEach(function (tail) {
          for (var j = 0; j < tail.length; j += 2) if (inScope(tail[j]) && tail[j + 1] > 0) totals[tail[j]] += tail[j + 1];
        });
      });
      var keep = [];
      if (filters && filters.region) keep.push(setOf('region', filters.region));
      if (filters && filters.deptType) keep.push(setOf('deptType', filters.deptType));
      if (filters && filters.audience) keep.push(setOf('audience', filters.audience));
      function passes(d) { return keep.every(function (m) { return m[d] === 1; }); }
      var named = (clauses.places || []).map(function (id) { return setOf('region', id); });
      function covering(d) { return named.some(function (m) { return m[d] === 1; }); }
      var placeOnly = named.length > 0 && clauses.length === 0;
      var hits = [];
      for (var d = 0; d < n; d++) if ((totals[d] > 0 || (placeOnly && covering(d))) && passes(d)) hits.push(d);
      function bestOf(docs) { var best = 0; docs.forEach(function (d) { if (totals[d] > best) best = totals[d]; }); return best; }
      // Ranker.Floor: below three tenths of the best total a match is chance, not a result.
      var best = bestOf(hits);
      // A place named: its programmes only, when one of them reaches the floor.
      if (named.length > 0 && hits.some(function (d) { return covering(d) && totals[d] >= best * FLOOR; })) {
        hits = hits.filter(covering);
        best = bestOf(hits);
      }
      hits = hits.filter(function (d) { return totals[d] >= best * FLOOR; });
      // Positions follow the ids, so the position is the id tie-break.
      hits.sort(function (a, b) { return totals[b] - totals[a] || a - b; });
      if (top !== undefined && top >= 0) hits = hits.slice(0, top);
      // Ranker.Close: from half the best total down, a weaker match, listed apart.
      return hits.map(function (d) { return { doc: d, score: totals[d], close: totals[d] >= best * CLOSE }; });
    }

    // The fragments (StaticIndexExporter.WriteFragment) the hits need before they can be shown.
    function docsMissing(hits) {
      return hits.map(function (h) { return shardName(h.doc); }).filter(function (n) { return !docs.has(n); })
        .map(function (n) { return { kind: 'doc', name: n, path: 'docs/' + n + '.js' }; });
    }

    // A hit's programme: id, title, page address and what its card shows.
    function row(doc) {
      var fragment = docs.get(shardName(doc));
      if (!fragment) throw new Error('index piece not loaded: docs/' + shardName(doc));
      return fragment;
    }

    return {
      plan: plan, missing: missing, use: use, keysOf: keysOf, docsMissing: docsMissing, row: row,
      regionNamed: function (name) { return placeOf.get(fold(name, ideographs)); }, shardOf: shardOf, shardsFor: shardsFor, rank: rank,
      postingsMissing: postingsMissing, reachesAll: reachesAll,
      manifest: manifest
    };
  }

  // Splits text into [{text, mark}] parts, marking every occurrence of the terms (longest first).
  function highlight(text, terms) {
    var folded = fold(text);
    var marked = new Uint8Array(text.length);
    terms.slice().sort(function (a, b) { return b.length - a.length; }).forEach(function (t) {
      if (!t) return;
      for (var at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1))
        for (var k = at; k < at + t.length; k++) marked[k] = 1;
    });
    var parts = [];
    for (var i = 0; i < text.length;) {
      var j = i;
      while (j < text.length && marked[j] === marked[i]) j++;
      parts.push({ text: text.substring(i, j), mark: marked[i] === 1 });
      i = j;
    }
    return parts;
  }

  // Cuts the parts to a window of about `size` characters around the first mark.
  function snippetWindow(parts, size) {
    var total = 0, first = -1;
    parts.forEach(function (p) { if (first < 0 && p.mark) first = total; total += p.text.length; });
    var start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(size / 4));
    var end = Math.min(total, start + size);
    var out = [], pos = 0;
    parts.forEach(function (p) {
      var a = Math.max(start, pos), b = Math.min(end, pos + p.text.length);
      if (a < b) out.push({ text: p.text.substring(a - pos, b - pos), mark: p.mark });
      pos += p.text.length;
    });
    if (start > 0) out.unshift({ text: '…', mark: false });
    if (end < total) out.push({ text: '…', mark: false });
    return out;
  }

  // TelLink.cs: the tel: address of a number as printed, its digits only (and a leading +).
  function telLink(number) {
    var trimmed = String(number).replace(/^\s+/, '');
    return 'tel:' + (trimmed.charAt(0) === '+' ? '+' : '') + trimmed.replace(/[^0-9]/g, '');
  }

  // Filter -> URL parameter: the name attributes of search.html's selects (SearchPageGenerator.FilterParams).
  var filterParams = { region: 'region', deptType: 'dept', audience: 'audience' };

  global.SiteGenSearch = {
    createCore: createCore, fold: fold, fnv1a: fnv1a, highlight: highlight, snippetWindow: snippetWindow,
    telLink: telLink, filterParams: filterParams
  };

  if (typeof document === 'undefined') return;

  // ---- Browser user interface -------------------------------------------------------------------

  var TEXT = {
    loading: '正在加载搜索索引…',
    failed: '搜索索引加载失败，请刷新页面重试。',
    prompt: '请输入要查找的政策、人群或地区。',
    found: function (close, weaker) { return '找到 ' + close + ' 条结果' + (weaker ? '，另有 ' + weaker + ' 条相关度较低' : ''); },
    apart: '以下结果相关度较低',
    shown: function (n) { return '，显示前 ' + n + ' 条'; },
    partial: '。只列出了全站最相关的一部分；选择地区，或在问题里说出县、区名，可以看到当地的全部结果。',
    more: '显示更多结果',
    none: function (q) { return '没有找到与“' + q + '”相关的政策。'; },
    tryThese: '可以试试：',
    hotlines: '查看咨询电话',
    hotlinesLead: '或直接拨打相关部门的咨询电话：',
    phone: '咨询电话：',
    standard: '标准：',
    apply: '怎么办理：',
    call: function (n) { return '拨打 ' + n; },
    all: '全部'
  };
  var SHOWN = 10;
  // More rounds than any query needs (createCore's missing): a guard, never the limit.
  var ROUNDS = 8;

  var PAYLOAD = /^SiteGenSearchData\("([^"]*)","([^"]*)",([\s\S]*)\);\s*$/;
  var pending = new Map();
  var loaded = new Map();

  global.SiteGenSearchData = function (kind, name, data) {
    var key = kind + ':' + name;
    loaded.set(key, data);
    var waiting = pending.get(key);
    if (waiting) { pending.delete(key); waiting.forEach(function (w) { w.resolve(data); }); }
  };

  function load(base, path, kind, name) {
    var key = kind + ':' + name;
    if (loaded.has(key)) return Promise.resolve(loaded.get(key));
    return new Promise(function (resolve, reject) {
      var first = !pending.has(key);
      if (first) pending.set(key, []);
      pending.get(key).push({ resolve: resolve, reject: reject });
      if (!first) return;
      // Over http(s), fetch is quicker than a script element per piece; from disk (file://) fetch is blocked,
      // so the pieces are scripts that call SiteGenSearchData, and either way lands in the same place.
      if (/^https?:$/.test(location.protocol)) {
        fetch(base + path).then(function (r) {
          if (!r.ok) throw new Error('cannot load ' + path);
          return r.text();
        }).then(function (text) {
          var m = PAYLOAD.exec(text);
          if (!m) throw new Error('not an index piece: ' + path);
          global.SiteGenSearchData(m[1], m[2], JSON.parse(m[3]));
        }).catch(function (e) {
          var waiting = pending.get(key) || [];
          pending.delete(key);
          waiting.forEach(function (w) { w.reject(e); });
        });
        return;
      }
      var script = document.createElement('script');
      script.src = base + path;
      script.async = true;
      script.onerror = function () {
        var waiting = pending.get(key) || [];
        pending.delete(key);
        waiting.forEach(function (w) { w.reject(new Error('cannot load ' + path)); });
      };
      script.onload = function () { script.remove(); };
      document.head.appendChild(script);
    });
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function fillSelect(select, items, label) {
    if (!select || select.options.length > 1) return;
    if (select.options.length === 0) select.appendChild(new Option(TEXT.all, ''));
    items.forEach(function (item) { select.appendChild(new Option(label(item), item.id)); });
  }

  function regionLabels(regions) {
    var byId = new Map();
    regions.forEach(function (r) { byId.set(r.id, r); });
    function depth(r) { var d = 0, seen = new Set(); while (r && r.parent && !seen.has(r.id)) { seen.add(r.id); r = byId.get(r.parent); d++; } return d; }
    var children = new Map();
    regions.forEach(function (r) {
      var p = r.parent && byId.has(r.parent) ? r.parent : '';
      if (!children.has(p)) children.set(p, []);
      children.get(p).push(r);
    });
    var ordered = [];
    (function walk(p) { (children.get(p) || []).forEach(function (r) { ordered.push(r); walk(r.id); }); })('');
    return ordered.map(function (r) { return { id: r.id, name: '\u3000'.repeat(depth(r)) + r.name }; });
  }

  function start() {
    var rootEl = document.querySelector('[data-search-root]');
    var form = document.getElementById('search-form');
    var input = document.getElementById('q');
    var status = document.getElementById('search-status');
    var results = document.getElementById('search-results');
    if (!input || !results) return;
    var siteRoot = rootEl ? (rootEl.getAttribute('data-root') || '') : '';
    var base = siteRoot + 'search/index/';
    var hotlines = rootEl && rootEl.getAttribute('data-hotlines') ? rootEl.getAttribute('data-hotlines') : siteRoot + 'hotlines/index.html';
    var selects = {
      region: document.getElementById('f-region'),
      deptType: document.getElementById('f-dept-type'),
      audience: document.getElementById('f-audience')
    };
    // The URL names are the form's own field names (search.html), so a submitted form, a shared link
    // and the address this script writes back all read the same way.
    var params = SiteGenSearch.filterParams;
    var core = null;
    var sequence = 0;
    var timer = 0;

    function say(text) { if (status) status.textContent = text; }

    // Rounds of loading the last query waited for: what a slow connection pays for, more than bytes.
    var rounds = 0;

    // Loads index pieces ({kind, name, path}, from missing(), postingsMissing() or docsMissing()) and hands each to the core.
    function pieces(need) {
      if (need.length) rounds++;
      return Promise.all(need.map(take));
    }

    function take(p) {
      return load(base, p.path, p.kind, p.name).then(function (data) { core.use(p.kind, data, p.name); });
    }

    // A text's pieces come in rounds (createCore's missing): its characters' words, then its postings with perhaps
    // the sets of its places and filters and the pinyin pieces of its left-over characters.
    function prepare(text, f, round) {
      var need = round < ROUNDS ? core.missing(text, f) : [];
      return need.length ? pieces(need).then(function () { return prepare(text, f, round + 1); }) : Promise.resolve();
    }

    function filters() {
      var f = {};
      Object.keys(selects).forEach(function (k) { if (selects[k] && selects[k].value) f[k] = selects[k].value; });
      return f;
    }

    function remember(q, f) {
      var search = new URLSearchParams();
      if (q) search.set('q', q);
      Object.keys(params).forEach(function (k) { if (f[k]) search.set(params[k], f[k]); });
      var s = search.toString();
      try { history.replaceState(null, '', location.pathname + (s ? '?' + s : '') + location.hash); } catch (e) { /* file:// in some browsers */ }
    }

    function renderEmpty(q) {
      results.textContent = '';
      say(TEXT.none(q));
      var li = el('li', 'search-empty');
      var suggestions = core.manifest.suggestions || [];
      if (suggestions.length) {
        li.appendChild(el('span', '', TEXT.tryThese));
        suggestions.forEach(function (s) {
          var a = el('a', 'search-suggestion', s);
          a.href = '?q=' + encodeURIComponent(s);
          a.addEventListener('click', function (e) { e.preventDefault(); input.value = s; run(); });
          li.appendChild(a);
          li.appendChild(document.createTextNode(' '));
        });
      }
      var p = el('p', '', TEXT.hotlinesLead);
      var link = el('a', 'search-hotlines', TEXT.hotlines);
      link.href = hotlines;
      p.appendChild(link);
      li.appendChild(p);
      results.appendChild(li);
    }

    function appendMarked(parent, parts) {
      parts.forEach(function (p) { parent.appendChild(p.mark ? el('mark', '', p.text) : document.createTextNode(p.text)); });
    }

    // A result's card: its title, then what an operator reads out (who, how much, how to apply, whom to call).
    function renderCard(doc, terms) {
      var li = el('li', 'search-hit');
      li.setAttribute('data-id', doc.id);
      var h = el('h3', 'search-hit-title');
      var a = el('a');
      a.href = siteRoot + doc.url;
      appendMarked(a, highlight(doc.title, terms));
      h.appendChild(a);
      li.appendChild(h);
      var meta = [doc.region, doc.department].concat(doc.audiences || []).filter(Boolean).join(' · ');
      li.appendChild(el('p', 'search-hit-meta', meta));
      if (doc.text) {
        var snippet = el('p', 'search-hit-snippet');
        appendMarked(snippet, snippetWindow(highlight(doc.text, terms), 120));
        li.appendChild(snippet);
      }
      if (doc.standard) {
        var std = el('p', 'search-hit-standard', TEXT.standard);
        appendMarked(std, snippetWindow(highlight(doc.standard, terms), 120));
        li.appendChild(std);
      }
      if (doc.howToApply) li.appendChild(el('p', 'search-hit-apply', TEXT.apply + doc.howToApply));
      var phones = doc.phones || [];
      if (phones.length) {
        var call = el('p', 'search-hit-phone', TEXT.phone);
        phones.forEach(function (ph, i) {
          if (i) call.appendChild(document.createTextNode(' '));
          var link = el('a', 'phone', '☎ ' + ph.number);
          link.href = telLink(ph.number);
          link.setAttribute('aria-label', TEXT.call(ph.number));
          call.appendChild(link);
        });
        li.appendChild(call);
      } else if (doc.phone) li.appendChild(el('p', 'search-hit-phone', TEXT.phone + doc.phone));
      return li;
    }

    // Shows hits from..from+SHOWN in rank order, each card as soon as its fragment and those above it are in, so the
    // best answer is read first; before() runs just before the first card. The weaker matches (Ranker.Close) follow a
    // line that says so. Settles with the cards shown.
    function show(hits, from, terms, mine, before) {
      var shown = hits.slice(from, from + SHOWN);
      var needs = shown.map(function (h) { return core.docsMissing([h]); });
      if (needs.some(function (need) { return need.length; })) rounds++;
      var arrived = needs.map(function (need) { return Promise.all(need.map(take)); });
      var cards = [];
      return shown.reduce(function (chain, h, i) {
        return chain.then(function () { return arrived[i]; }).then(function () {
          if (mine !== sequence) return;
          if (i === 0 && before) before();
          var at = from + i;
          if (!h.close && (at === 0 || hits[at - 1].close)) results.appendChild(el('li', 'search-apart', TEXT.apart));
          var li = renderCard(core.row(h.doc), terms);
          results.appendChild(li);
          cards.push(li);
        });
      }, Promise.resolve()).then(function () { return cards; });
    }

    function closeCount(hits) { return hits.filter(function (h) { return h.close; }).length; }

    function summary(hits) {
      var close = closeCount(hits);
      return TEXT.found(close, hits.length - close);
    }

    function run() {
      var q = input.value.trim();
      var f = filters();
      remember(q, f);
      var mine = ++sequence;
      if (!core) return;
      if (!q) { results.textContent = ''; say(TEXT.prompt); return; }
      var started = performance.now();
      rounds = 0;
      var clauses, hits, partial, first;
      // The postings missing() did not bring: those of a homophone found last, then the tails a query about a place needs.
      function postings(round) {
        var need = round < 2 ? core.postingsMissing(clauses, f) : [];
        return need.length ? pieces(need).then(function () { return postings(round + 1); }) : Promise.resolve();
      }
      prepare(q, f, 0)
        .then(function () {
          clauses = core.plan(q);
          return postings(0);
        })
        .then(function () {
          if (mine !== sequence) return;
          hits = core.rank(clauses, f);
          partial = !core.reachesAll(clauses, f);
          if (!hits.length) { results.textContent = ''; renderEmpty(q); first = performance.now() - started; return; }
          var terms = [];
          clauses.forEach(function (c) { c.terms.forEach(function (t) { terms.push(t); }); });
          return show(hits, 0, terms, mine, function () {
            first = performance.now() - started;
            results.textContent = '';
            say(summary(hits) + (hits.length > SHOWN ? TEXT.shown(SHOWN) : '') + (partial ? TEXT.partial : ''));
          }).then(function () { if (mine === sequence) offerMore(hits, SHOWN, terms, mine, partial ? TEXT.partial : ''); });
        })
        .then(function () {
          if (mine !== sequence) return;
          // What was shown, for browser tests and benchmarks: the query, the ranked ids, the time until the first card
          // and until all of them, and the rounds of pieces waited for.
          results.setAttribute('data-ids', hits.slice(0, SHOWN).map(function (h) { return core.row(h.doc).id; }).join(' '));
          results.setAttribute('data-close', String(closeCount(hits)));
          results.setAttribute('data-first-ms', first.toFixed(2));
          results.setAttribute('data-ms', (performance.now() - started).toFixed(2));
          results.setAttribute('data-rounds', String(rounds));
          results.setAttribute('data-query', q);
        })
        .catch(function () { if (mine === sequence) say(TEXT.failed); });
    }

    // Fragments load ten at a time, so the first answer downloads only what it shows.
    function offerMore(hits, from, terms, mine, note) {
      if (from >= hits.length) return;
      var li = el('li', 'search-more');
      var button = el('button', '', TEXT.more);
      button.type = 'button';
      button.addEventListener('click', function () {
        li.remove();
        show(hits, from, terms, mine).then(function (cards) {
          if (mine !== sequence) return;
          say(summary(hits) + (hits.length > from + SHOWN ? TEXT.shown(from + SHOWN) : '') + note);
          if (cards.length) cards[0].querySelector('a').focus();
          offerMore(hits, from + SHOWN, terms, mine, note);
        }).catch(function () { say(TEXT.failed); });
      });
      li.appendChild(button);
      results.appendChild(li);
    }

    function links() { return Array.prototype.slice.call(results.querySelectorAll('.search-hit-title a')); }

    function move(delta) {
      var list = links();
      if (!list.length) return;
      var at = list.indexOf(document.activeElement);
      var next = at + delta;
      if (next < 0) { input.focus(); return; }
      list[Math.min(next, list.length - 1)].focus();
    }

    document.addEventListener('keydown', function (e) {
      var t = e.target;
      var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
      // '/' (focus the search box) is site.js's, on every page.
      if (e.key === '/' && !typing) return;
      var inResults = results.contains(t);
      if ((t === input || inResults) && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        move(e.key === 'ArrowDown' ? 1 : -1);
      } else if (inResults && e.key === 'Escape') {
        input.focus();
      }
    });

    if (form) form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      run();
    });
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    Object.keys(selects).forEach(function (k) { if (selects[k]) selects[k].addEventListener('change', run); });

    var query = new URLSearchParams(location.search);
    if (query.get('q')) input.value = query.get('q');
    say(TEXT.loading);
    load(base, 'manifest.js', 'manifest', '')
      .then(function (manifest) {
        core = createCore(manifest);
        fillSelect(selects.deptType, manifest.deptTypes, function (t) { return t.name; });
        fillSelect(selects.audience, manifest.audiences, function (t) { return t.name; });
        // The site's search page lists the regions itself; another page may leave them to regions.js.
        return selects.region && selects.region.options.length <= 1 ? load(base, 'regions.js', 'regions', '') : null;
      })
      .then(function (regions) {
        if (regions) fillSelect(selects.region, regionLabels(regions), function (r) { return r.name; });
        Object.keys(params).forEach(function (k) { if (selects[k] && query.get(params[k])) selects[k].value = query.get(params[k]); });
        // A region may be given by name, full or short (region=平定), as the command line's --region takes it:
        // the name's pieces come first, as a query's would.
        var named = query.get(params.region);
        if (!selects.region || !named || selects.region.value) return;
        return prepare(named, null, 0).then(function () { selects.region.value = core.regionNamed(named) || ''; });
      })
      .then(run)
      .catch(function () { say(TEXT.failed); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(typeof globalThis !== 'undefined' ? globalThis : this);
