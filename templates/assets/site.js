/*
 * SiteGen: what every page does with script (loaded at the end of <body> by layout.html). Without script
 * nothing is lost: the 答复要点 is still on the page to read, and the search box is still a link away.
 *
 * 1. A 复制答复要点 button at the end of the 答复要点 block of a programme page copies it as plain text (title and
 *    region, 谁能申请 / 享受标准 / 怎么办理 / 咨询电话 with the numbers, the page address), for an operator to
 *    paste into a chat or a ticket; an aria-live message says 已复制.
 * 2. "/" focuses the search box (the search page's own, else the header's), unless one is typing in a field.
 *
 * Plain ES2017, no build step, no inline script (the CSP allows script files from the site only).
 */
(function (global) {
  'use strict';

  function clean(text) { return String(text || '').replace(/\s+/g, ' ').trim(); }

  // The 答复要点 as plain text: one line per item, the phones as printed, then the address.
  function answerText(section, title, meta, href) {
    var lines = [];
    if (title) lines.push(title);
    if (meta) lines.push('地区：' + meta);
    var terms = section.querySelectorAll('dt');
    for (var i = 0; i < terms.length; i++) {
      var dt = terms[i];
      var dd = dt.nextElementSibling;
      if (!dd || dd.tagName !== 'DD') continue;
      // A phone link reads "☎ 0353-…": the number is what is copied.
      var copy = dd.cloneNode(true);
      var phones = copy.querySelectorAll('a[href^="tel:"]');
      for (var k = 0; k < phones.length; k++) phones[k].textContent = ' ' + clean(phones[k].textContent).replace(/^☎\s*/, '') + ' ';
      lines.push(clean(dt.textContent) + '：' + clean(copy.textContent));
    }
    lines.push('网址：' + href);
    return lines.join('\n');
  }

  function copyWithTextarea(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'copy-buffer';
    document.body.appendChild(area);
    var focused = document.activeElement;
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    if (focused && focused.focus) focused.focus();
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText && global.isSecureContext !== false) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithTextarea(text); });
    }
    return copyWithTextarea(text);
  }

  function addCopyButtons() {
    var sections = document.querySelectorAll('section.answer');
    for (var i = 0; i < sections.length; i++) addCopyButton(sections[i]);
  }

  function addCopyButton(section) {
    var heading = section.querySelector('h2, h3');
    if (!heading || section.querySelector('.copy-answer')) return;
    var article = section.closest('article') || document;
    var h1 = article.querySelector('h1');
    // The region is the first link of the line under the title (region · department · level · year).
    var meta = article.querySelector('.program-meta a');
    var bar = document.createElement('div');
    bar.className = 'copy-bar';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-answer';
    button.textContent = '复制答复要点';
    var status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    button.addEventListener('click', function () {
      var text = answerText(section, h1 ? clean(h1.textContent) : '', meta ? clean(meta.textContent) : '', location.href);
      status.textContent = '';
      copyText(text).then(function () { status.textContent = '已复制'; },
        function () { status.textContent = '复制失败，请手动选择文字复制'; });
    });
    bar.appendChild(button);
    bar.appendChild(status);
    // At the end of the block, so the phone to call stays on the first screen of a phone.
    section.appendChild(bar);
  }

  function typingIn(t) {
    return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  }

  /** The page's own search box where it has one (the search page, the home page), else the header's. */
  function searchBox() {
    return document.getElementById('q') || document.querySelector('main form[role="search"] input[type="search"]') || document.getElementById('site-q');
  }

  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typingIn(e.target)) return;
    var box = searchBox();
    if (!box) return;
    e.preventDefault();
    box.focus();
    if (box.select) box.select();
  });

  global.SiteGenSite = { answerText: answerText, copyText: copyText };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', addCopyButtons);
  else addCopyButtons();
})(typeof globalThis !== 'undefined' ? globalThis : this);
