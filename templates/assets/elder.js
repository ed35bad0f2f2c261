// 长者模式 (elder mode): larger text, high contrast, one column. The switch in the header is a link to #elder, which
// site.css honours by itself (html:has(#elder:target)) so it works without JavaScript on the page it is used on;
// this script turns the link into a remembered toggle button. Only a reader's own choice is stored (localStorage
// "sitegen-elder" = "on"); turning the mode off removes the entry, so a reader who never uses it has nothing stored.
(function () {
  'use strict';
  var KEY = 'sitegen-elder';
  var root = document.documentElement;

  function stored() {
    try { return window.localStorage.getItem(KEY) === 'on'; } catch (e) { return false; }
  }
  function remember(on) {
    try {
      if (on) window.localStorage.setItem(KEY, 'on'); else window.localStorage.removeItem(KEY);
    } catch (e) { /* storage refused: the mode still applies to this page */ }
  }

  // Before the page is drawn: the class is set while the body is still being read, so nothing jumps.
  root.classList.add('js');
  var on = stored() || window.location.hash === '#elder';
  root.classList.toggle('elder', on);

  function show(button) {
    // The name stays 长者模式; aria-pressed (and the look of the button) says whether it is on.
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
  }

  function wire() {
    var button = document.getElementById('elder-switch');
    if (!button) return;
    if (window.location.hash === '#elder') {
      remember(true);
      // The mode is now a class, so the address no longer needs the target.
      if (window.history && window.history.replaceState) window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    button.setAttribute('role', 'button');
    show(button);
    function toggle(event) {
      event.preventDefault();
      on = !on;
      root.classList.toggle('elder', on);
      remember(on);
      show(button);
    }
    button.addEventListener('click', toggle);
    // A link answers Enter only; a button also answers the space bar.
    button.addEventListener('keydown', function (event) {
      if (event.key === ' ' || event.key === 'Spacebar') toggle(event);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire); else wire();
})();
