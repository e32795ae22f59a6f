/*
 * Service Guardrails: helpers shared by the reply guard, the guidance panel and the admin pages.
 * Every piece of user text is put into the page with textContent, never as HTML.
 */
(function (window, document) {
    'use strict';
    var SG = window.ServiceGuardrails = window.ServiceGuardrails || {};

    SG.restBase = function () {
        var context = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return context + '/rest/service-guardrails/1.0/';
    };

    /**
     * A JSON request to our REST resource. Resolves {status, json}; rejects on network failure or when it takes
     * longer than timeoutMs (if given). Writes carry the XSRF header the resources demand.
     */
    SG.request = function (method, path, body, timeoutMs) {
        var controller = typeof AbortController === 'function' ? new AbortController() : null;
        var timer = null;
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined && body !== null) {
            options.headers['Content-Type'] = 'application/json';
            options.body = typeof body === 'string' ? body : JSON.stringify(body);
        }
        if (controller) {
            options.signal = controller.signal;
        }
        var call = window.fetch(SG.restBase() + path, options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (e) {
                    json = null;
                }
                return {status: response.status, json: json};
            });
        });
        if (!timeoutMs) {
            return call;
        }
        var timeout = new Promise(function (resolve, reject) {
            timer = window.setTimeout(function () {
                if (controller) {
                    controller.abort();
                }
                reject(new Error('no answer within ' + timeoutMs + ' ms'));
            }, timeoutMs);
        });
        return Promise.race([call, timeout]).then(function (result) {
            window.clearTimeout(timer);
            return result;
        }, function (error) {
            window.clearTimeout(timer);
            throw error;
        });
    };

    /** An element with a class and, optionally, text (set as text, never parsed as HTML). */
    SG.element = function (tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    };

    /** The reply text box of the issue view's comment form. */
    SG.replyBox = function (scope) {
        var root = scope || document;
        return root.querySelector('textarea#comment') || root.querySelector('textarea[name="comment"]');
    };

    /** Puts text at the top of the reply (once), leaving what the agent wrote below it. */
    SG.insertAtTop = function (text, scope) {
        var box = SG.replyBox(scope);
        if (!box || !text) {
            return false;
        }
        var current = box.value || '';
        if (current.indexOf(text) !== 0) {
            box.value = current.trim() ? text + '\n\n' + current.replace(/^\s+/, '') : text + ' ';
        }
        box.dispatchEvent(new Event('input', {bubbles: true}));
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
        return true;
    };

    SG.issueKey = function () {
        var meta = document.querySelector('meta[name="ajs-issue-key"]');
        if (meta && meta.content) {
            return meta.content;
        }
        var panel = document.getElementById('sg-guidance-panel');
        return panel ? panel.getAttribute('data-issue-key') : null;
    };

    /** An AUI message (info, warning, error, success) with a title and body text. */
    SG.message = function (type, title, body) {
        var box = SG.element('div', 'aui-message aui-message-' + type);
        box.setAttribute('role', type === 'error' ? 'alert' : 'status');
        if (title) {
            var p = SG.element('p', 'title');
            p.appendChild(SG.element('strong', null, title));
            box.appendChild(p);
        }
        if (body) {
            box.appendChild(SG.element('p', null, body));
        }
        return box;
    };
})(window, document);
