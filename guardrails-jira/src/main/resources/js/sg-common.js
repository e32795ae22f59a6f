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

    /** The reply text box: Jira's comment form and JSM's agent view both use textarea#comment. */
    SG.replyBox = function (scope) {
        var root = scope || document;
        return root.querySelector('textarea#comment') || root.querySelector('textarea[name="comment"]');
    };

    function shown(node) {
        return !!node && node.getClientRects().length > 0;
    }

    function frameBody(frame) {
        try {
            var doc = frame.contentDocument;
            return doc && doc.body ? doc.body : null;
        } catch (e) {
            return null; // another origin: not an editor of ours to read
        }
    }

    /** TinyMCE's own editor object for this iframe, when the page has TinyMCE's API. */
    function tinyEditor(frame) {
        var tiny = window.tinymce;
        var body = frameBody(frame);
        var candidates = tiny ? [tiny.activeEditor].concat(tiny.editors || []) : [];
        for (var i = 0; i < candidates.length; i++) {
            var editor = candidates[i];
            if (editor && typeof editor.getBody === 'function' && editor.getBody() === body) {
                return editor;
            }
        }
        return null;
    }

    /**
     * The reply editor in scope: {box, frame}. In rich text mode (a visible TinyMCE iframe inside the element that
     * holds textarea#comment, as in JSM's agent view) frame is that iframe and the text is in its body; otherwise
     * frame is null and the text is the textarea's. Null when there is no reply box at all.
     */
    SG.replyEditor = function (scope) {
        var box = SG.replyBox(scope);
        if (!box) {
            return null;
        }
        var frames = box.parentNode ? box.parentNode.querySelectorAll('iframe') : [];
        for (var i = 0; i < frames.length; i++) {
            // ready once its body is editable (TinyMCE sets that when it has loaded; before, it is about:blank)
            var body = shown(frames[i]) ? frameBody(frames[i]) : null;
            if (body && body.isContentEditable) {
                return {box: box, frame: frames[i]};
            }
        }
        return {box: box, frame: null};
    };

    /** The text of the reply as the agent sees it (the rich editor's text when it is on, else the textarea's). */
    SG.readReply = function (scope) {
        var editor = SG.replyEditor(scope);
        if (!editor) {
            return '';
        }
        if (!editor.frame) {
            return editor.box.value || '';
        }
        var tiny = tinyEditor(editor.frame);
        if (tiny && typeof tiny.getContent === 'function') {
            return tiny.getContent({format: 'text'}) || '';
        }
        var body = frameBody(editor.frame);
        return body.innerText || body.textContent || '';
    };

    function isOpen(editor) {
        return !!editor && (!!editor.frame || shown(editor.box));
    }

    /**
     * Opens the reply editor if it is collapsed: JSM's collapsed box (#sd-comment-collapsed-textarea) opens on focus
     * and click; Jira's footer "Comment" button opens the classic form. Resolves the editor once it shows (or, after
     * 2 s, whatever reply box there is, possibly none).
     */
    SG.openReplyEditor = function (scope) {
        var root = scope || document;
        var editor = SG.replyEditor(root);
        if (isOpen(editor)) {
            return Promise.resolve(editor);
        }
        var collapsed = root.querySelector('#sd-comment-collapsed-textarea');
        var trigger = shown(collapsed) ? collapsed
            : document.getElementById('footer-comment-button') || document.querySelector('.js-comment-button, #comment-issue');
        if (trigger) {
            if (typeof trigger.focus === 'function') {
                trigger.focus();
            }
            trigger.click();
        }
        return new Promise(function (resolve) {
            var waited = 0;
            (function poll() {
                var now = SG.replyEditor(root);
                if (isOpen(now) || waited >= 2000) {
                    resolve(now);
                    return;
                }
                waited += 50;
                window.setTimeout(poll, 50);
            })();
        });
    };

    function insertIntoTextarea(text, box) {
        var current = box.value || '';
        if (current.indexOf(text) !== 0) {
            box.value = current.trim() ? text + '\n\n' + current.replace(/^\s+/, '') : text + ' ';
        }
        box.dispatchEvent(new Event('input', {bubbles: true}));
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
    }

    function insertIntoFrame(text, frame) {
        var tiny = tinyEditor(frame);
        var body = frameBody(frame);
        var doc = body.ownerDocument;
        var current = (body.innerText || body.textContent || '').replace(/^\s+/, '');
        if (current.indexOf(text) !== 0) {
            var paragraph = doc.createElement('p');
            paragraph.textContent = text;
            if (!current.trim()) {
                body.textContent = '';
                body.appendChild(paragraph);
            } else {
                body.insertBefore(paragraph, body.firstChild);
            }
        }
        if (tiny) {
            if (tiny.undoManager && typeof tiny.undoManager.add === 'function') {
                tiny.undoManager.add();
            }
            if (typeof tiny.save === 'function') {
                tiny.save(); // keeps textarea#comment in step for whoever reads it
            }
        }
        body.dispatchEvent(new Event('input', {bubbles: true}));
        frame.contentWindow.focus();
        body.focus();
        var range = doc.createRange();
        range.selectNodeContents(body);
        range.collapse(false);
        var selection = doc.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    /**
     * Puts text at the top of the reply (once), leaving what the agent wrote below it; opens a collapsed editor
     * first. Resolves true when it was put in, false when there is no reply box.
     */
    SG.insertAtTop = function (text, scope) {
        if (!text) {
            return Promise.resolve(false);
        }
        return SG.openReplyEditor(scope).then(function (editor) {
            if (!editor) {
                return false;
            }
            if (editor.frame) {
                insertIntoFrame(text, editor.frame);
            } else {
                insertIntoTextarea(text, editor.box);
            }
            return true;
        });
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
