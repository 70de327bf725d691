// The console's sign-in page for a frame (/sso/sign-in) and the popup that signs in at top level (/sso/popup).
// Why a popup: Keycloak's form belongs in a window with an address bar, and the portal page stays as it is.
(function () {
  'use strict';

  // In the popup, after the sign-in: tell the frame that opened us, then close.
  var done = document.getElementById('jifen-popup-done');
  if (done) {
    if (window.opener && !window.opener.closed) {
      window.opener.postMessage({ type: 'jifen-signed-in' }, window.location.origin);
      window.setTimeout(function () { window.close(); }, 300);
    } else {
      window.location.replace('/');
    }
    return;
  }

  var page = document.getElementById('jifen-sign-in-page');
  var button = document.getElementById('jifen-sign-in');
  if (!page || !button) {
    return;
  }
  var framed = window.self !== window.top;
  var next = page.dataset.continue;
  var waiting = document.getElementById('jifen-sign-in-waiting');
  var here = document.getElementById('jifen-sign-in-here');

  function proceed() {
    window.location.replace(next);
  }

  // The server knows the portal page when the frame's first load told it (its referrer). Otherwise the portal's
  // origin, as the browser names our ancestors, is the next best place for the whole-page round trip to return to.
  function portalOrigin() {
    var allowed = (page.dataset.portalOrigins || '').split(' ').filter(Boolean);
    var ancestors = window.location.ancestorOrigins;
    var origin = ancestors && ancestors.length ? ancestors[ancestors.length - 1] : null;
    return origin && allowed.indexOf(origin) >= 0 ? origin + '/' : null;
  }

  if (framed && here && here.href.indexOf('return=') < 0 && portalOrigin()) {
    here.href = page.dataset.topLevel + '?return=' + encodeURIComponent(portalOrigin());
  }
  if (!framed) {
    // a window of its own: sign in right here, no popup needed
    if (here) { here.hidden = true; }
    button.addEventListener('click', function () { window.location.href = here ? here.href : page.dataset.topLevel; });
    return;
  }

  window.addEventListener('message', function (event) {
    if (event.origin === window.location.origin && event.data && event.data.type === 'jifen-signed-in') {
      proceed();
    }
  });

  // Also ask the server: the popup's message can be lost (its opener link cut by a page on the way).
  var polling = null;
  function poll() {
    fetch(page.dataset.status, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : { signedIn: false }; })
      .then(function (s) { if (s.signedIn) { window.clearInterval(polling); proceed(); } })
      .catch(function () { /* next round */ });
  }

  button.addEventListener('click', function () {
    var popup = window.open(page.dataset.popup, 'jifen-sign-in', 'popup,width=520,height=720');
    if (!popup) {
      // popups blocked: the whole portal page goes to sign in and comes back
      window.top.location.href = here.href;
      return;
    }
    if (waiting) { waiting.hidden = false; }
    if (!polling) { polling = window.setInterval(poll, 1500); }
  });
})();
