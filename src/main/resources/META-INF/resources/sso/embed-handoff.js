/*
 * Token hand-over for a console framed by a portal on another site (docs/embedding-cross-site.md).
 * The frame cannot use Keycloak's cookies there (third-party cookies are blocked), so the portal hands over a short-
 * lived access token for the console: this page says "ready" to its parent with a nonce, accepts the answer only
 * from the parent window and an allowed portal origin with the same nonce, and posts the token to the console.
 * Every text the user reads comes from the server's answer (translated bundles): no token in time is answered too.
 */
(function () {
    'use strict';
    var WAIT_MS = 10000;
    var script = document.getElementById('jifen-embed-handoff');
    var status = document.getElementById('jifen-handoff-status');
    if (!script || !status) {
        return;
    }
    var data = script.dataset;
    var nonce = data.nonce;
    var origins = (data.portalOrigins || '').split(/\s+/).filter(function (o) { return o.length > 0; });
    var settled = false;
    var timer = null;

    function show(text) {
        status.textContent = text;
        status.setAttribute('data-state', 'refused');
    }

    /** Only a path on this console: a crafted "continue" must not lead the frame anywhere else. */
    function continueUrl() {
        var url = new URL(data.continue || '/', location.href);
        return url.origin === location.origin ? url.href : location.origin + '/';
    }

    function post(token) {
        var headers = { 'Content-Type': 'application/json', 'Accept': 'application/problem+json' };
        headers[data.csrfHeader] = data.csrfToken;
        return fetch(data.tokenUrl, {
            method: 'POST', credentials: 'same-origin', cache: 'no-store', headers: headers,
            body: JSON.stringify({ token: token, nonce: nonce })
        }).then(function (response) {
            return response.status === 204 ? sessionKept() : explain(response);
        }, failed);
    }

    /** Leaves only when the new session's cookie comes back (a browser without CHIPS drops it in this frame). */
    function sessionKept() {
        return fetch(data.tokenUrl, {
            method: 'GET', credentials: 'same-origin', cache: 'no-store',
            headers: { 'Accept': 'application/problem+json' }
        }).then(function (response) {
            if (response.status === 204) {
                location.replace(continueUrl());
                return;
            }
            return explain(response);
        }, failed);
    }

    function explain(response) {
        return response.json().then(function (problem) {
            show(problem.detail || problem.title || String(response.status));
        }, function () {
            show(response.status + ' ' + response.statusText);
        });
    }

    function failed(error) {
        show(String(error && error.message || error));
    }

    function onMessage(event) {
        if (settled || event.source !== window.parent || origins.indexOf(event.origin) < 0) {
            return;
        }
        var message = event.data;
        if (!message || message.type !== 'jifen-embed-token' || message.nonce !== nonce
                || typeof message.token !== 'string' || message.token.length === 0) {
            return;
        }
        settled = true;
        clearTimeout(timer);
        post(message.token);
    }

    /** The parent's origin when the browser names it (Chromium, Safari) and it is allowed; else every allowed one. */
    function targets() {
        var ancestors = location.ancestorOrigins;
        if (ancestors && ancestors.length > 0 && origins.indexOf(ancestors[0]) >= 0) {
            return [ancestors[0]];
        }
        return origins;
    }

    function noToken() {
        if (!settled) {
            settled = true;
            post('');
        }
    }

    window.addEventListener('message', onMessage);
    if (window.parent === window || origins.length === 0) {
        noToken();
        return;
    }
    targets().forEach(function (origin) {
        window.parent.postMessage({ type: 'jifen-embed-ready', nonce: nonce }, origin);
    });
    timer = setTimeout(noToken, WAIT_MS);
})();
