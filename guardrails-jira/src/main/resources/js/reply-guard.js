/*
 * Service Guardrails reply guard. When an agent sends a public reply it asks the check endpoint about the opening
 * and the tone first:
 *   allow   -> the reply goes out;
 *   advise  -> an inline message with the suggested opener, "Insert" and "Send as it is" (never blocks);
 *   block   -> the reply is held until it complies or the agent gives an override reason (recorded).
 * Internal notes are never checked. If the endpoint takes more than 1 s or fails, the reply goes out and the
 * failure is logged: a failing guardrail never holds a reply.
 *
 * Two reply forms (docs/ui.md, "Reply guard flow"):
 *   JSM's agent view: the button decides. A click on "Share with customer" (.sd-external-submit) is held; "Comment
 *     internally" (.sd-internal-submit) is never looked at. Ctrl/Cmd+Enter in its editor (textarea or TinyMCE
 *     iframe) is held when the public button is the one it sends with. Resent by clicking the same button again.
 *   Jira's classic comment form (#issue-comment-add, or a form holding textarea#comment): its submit is held and
 *     resent with form.requestSubmit(submitter).
 * Texts come from AJS.I18n.getText, which Jira's jsI18n transformer replaces with the user's language.
 */
(function (window, document) {
    'use strict';
    var SG = window.ServiceGuardrails;
    var TIMEOUT_MS = 1000;
    var PASS = 'data-sg-pass';
    var PUBLIC_BUTTON = 'button.sd-external-submit, button#sd-external-submit';
    var INTERNAL_BUTTON = '.sd-internal-submit';
    var JSM_BUTTONS = PUBLIC_BUTTON + ', ' + INTERNAL_BUTTON;
    var EDITOR = 'textarea#comment, textarea[name="comment"], #sd-comment-collapsed-textarea';
    /** A comment property longer than this is not read (it would not be JSM's marker). */
    var MAX_PROPERTY = 10000;
    var MAX_DEPTH = 16;

    /**
     * Reads a JSON or JavaScript-literal value (unquoted keys, single-quoted strings, trailing commas) as in
     * [{key: 'sd.public.comment', value: {internal: 'true'}}]. A single left-to-right pass, nothing evaluated;
     * throws on anything else. Objects have no prototype, so no key can reach Object.prototype.
     */
    function readLiteral(text) {
        var at = 0;
        var depth = 0;

        function fail() {
            throw new Error('not a literal at ' + at);
        }

        function space() {
            while (at < text.length && text.charCodeAt(at) <= 32) {
                at++;
            }
        }

        function quoted(quote) {
            var out = '';
            at++;
            while (at < text.length) {
                var c = text.charAt(at++);
                if (c === quote) {
                    return out;
                }
                if (c === '\\') {
                    if (at >= text.length) {
                        fail();
                    }
                    c = text.charAt(at++);
                    out += c === 'n' ? '\n' : c === 't' ? '\t' : c;
                } else {
                    out += c;
                }
            }
            return fail();
        }

        function bare() {
            var start = at;
            while (at < text.length && /[A-Za-z0-9_$.+-]/.test(text.charAt(at))) {
                at++;
            }
            if (at === start) {
                fail();
            }
            return text.substring(start, at);
        }

        function scalar() {
            var word = bare();
            if (word === 'true' || word === 'false') {
                return word === 'true';
            }
            if (word === 'null') {
                return null;
            }
            var number = Number(word);
            return isNaN(number) ? fail() : number;
        }

        function key() {
            var c = text.charAt(at);
            return c === '"' || c === '\'' ? quoted(c) : bare();
        }

        function compound(open) {
            if (++depth > MAX_DEPTH) {
                fail();
            }
            var close = open === '[' ? ']' : '}';
            var out = open === '[' ? [] : Object.create(null);
            at++;
            space();
            while (text.charAt(at) !== close) {
                if (open === '[') {
                    out.push(value());
                } else {
                    var name = key();
                    space();
                    if (text.charAt(at++) !== ':') {
                        fail();
                    }
                    out[name] = value();
                }
                space();
                if (text.charAt(at) === ',') {
                    at++;
                    space();
                } else if (text.charAt(at) !== close) {
                    fail();
                }
            }
            at++;
            depth--;
            return out;
        }

        function value() {
            space();
            var c = text.charAt(at);
            if (c === '[' || c === '{') {
                return compound(c);
            }
            return c === '"' || c === '\'' ? quoted(c) : scalar();
        }

        var result = value();
        space();
        return at === text.length ? result : fail();
    }

    /**
     * True when a commentProperty value marks an internal note: sd.public.comment with internal true or 'true'
     * (JSON, or the JavaScript-literal form public scripts write). Unreadable means not internal.
     */
    function isInternalProperty(raw) {
        if (!raw || raw.length > MAX_PROPERTY) {
            return false;
        }
        var parsed;
        try {
            parsed = JSON.parse(raw);
        } catch (notJson) {
            try {
                parsed = readLiteral(raw);
            } catch (notLiteral) {
                return false;
            }
        }
        var list = Array.isArray(parsed) ? parsed : [parsed];
        for (var i = 0; i < list.length; i++) {
            var item = list[i];
            if (item && typeof item === 'object' && item.key === 'sd.public.comment' && item.value && typeof item.value === 'object'
                && (item.value.internal === true || item.value.internal === 'true')) {
                return true;
            }
        }
        return false;
    }

    SG.replyGuard = {isInternalProperty: isInternalProperty};

    /** The nearest commentProperty input around node (its own form or box first). */
    function markedInternal(node) {
        for (var at = node; at && at.querySelector; at = at.parentNode) {
            var property = at.querySelector('input[name="commentProperty"]');
            if (property) {
                return isInternalProperty(property.value);
            }
        }
        return false;
    }

    /** The nearest element around node that holds the reply editor (or JSM's collapsed box). */
    function editorScope(node) {
        for (var at = node; at && at.querySelector; at = at.parentNode) {
            if (at.querySelector(EDITOR)) {
                return at;
            }
        }
        return document;
    }

    /** The button Ctrl/Cmd+Enter sends with, when it is JSM's public one: the primary button, or the only one. */
    function publicKeyTarget(scope) {
        var publicButton = scope.querySelector(PUBLIC_BUTTON);
        var internalButton = scope.querySelector(INTERNAL_BUTTON);
        if (!publicButton || publicButton.disabled) {
            return null;
        }
        var internalUsable = internalButton && !internalButton.disabled;
        return !internalUsable || publicButton.classList.contains('aui-button-primary') ? publicButton : null;
    }

    /**
     * A held reply: where it is (scope for the text, holder for the message), and how to send it on. resend sets
     * the pass flag, sends synchronously (our listeners see the flag and stand aside) and takes the flag off again.
     */
    function jsmReply(button) {
        var scope = editorScope(button);
        return {
            scope: scope,
            holder: scope === document ? document.body : scope,
            anchor: button.closest('.sd-comment-buttons') || button,
            internal: markedInternal(button),
            resend: function () {
                button.setAttribute(PASS, 'true');
                try {
                    button.click();
                } finally {
                    button.removeAttribute(PASS);
                }
            }
        };
    }

    function classicReply(form, submitter) {
        return {
            scope: form,
            holder: form,
            anchor: SG.replyBox(form),
            internal: markedInternal(form),
            resend: function () {
                form.setAttribute(PASS, 'true');
                try {
                    if (typeof form.requestSubmit === 'function') {
                        form.requestSubmit(submitter || undefined);
                    } else if (submitter || form.querySelector('[type="submit"]')) {
                        (submitter || form.querySelector('[type="submit"]')).click();
                    } else {
                        form.dispatchEvent(new Event('submit', {bubbles: true, cancelable: true}));
                    }
                } finally {
                    form.removeAttribute(PASS);
                }
            }
        };
    }

    function messageSlot(reply) {
        var slot = reply.holder.querySelector('.sg-reply-guard');
        if (!slot) {
            slot = SG.element('div', 'sg-reply-guard');
            slot.setAttribute('aria-live', 'polite');
            var anchor = reply.anchor || reply.holder.firstChild;
            if (anchor && anchor.parentNode) {
                anchor.parentNode.insertBefore(slot, anchor);
            } else {
                reply.holder.appendChild(slot);
            }
        }
        return slot;
    }

    function clear(reply) {
        var slot = reply.holder.querySelector('.sg-reply-guard');
        if (slot) {
            slot.textContent = '';
        }
    }

    function send(reply) {
        clear(reply);
        reply.resend();
    }

    function button(className, label, onClick) {
        var b = SG.element('button', 'aui-button ' + className, label);
        b.type = 'button';
        b.addEventListener('click', onClick);
        return b;
    }

    /** The words the tone check flagged, quoted from the reply itself. */
    function flaggedWords(text, tone) {
        var words = [];
        for (var i = 0; i < tone.length; i++) {
            var word = text.substring(tone[i].start, tone[i].end);
            if (word && words.indexOf(word) < 0) {
                words.push(word);
            }
        }
        return words;
    }

    function explain(verdict, text) {
        var lines = [];
        if (verdict.opening && !verdict.opening.compliant) {
            lines.push(AJS.I18n.getText('service-guardrails.guard.opening'));
            if (verdict.opening.explanation) {
                lines.push(verdict.opening.explanation);
            }
        }
        var words = flaggedWords(text, verdict.tone || []);
        if (words.length) {
            lines.push(AJS.I18n.getText('service-guardrails.guard.tone') + ' ' + words.join(', '));
        }
        return lines;
    }

    function show(reply, verdict, text) {
        var slot = messageSlot(reply);
        slot.textContent = '';
        var blocking = verdict.action === 'block';
        var message = SG.message(blocking ? 'error' : 'warning', (blocking ? AJS.I18n.getText('service-guardrails.guard.block.title') : AJS.I18n.getText('service-guardrails.guard.advise.title')));
        message.classList.add(blocking ? 'sg-guard-block' : 'sg-guard-advise');
        var reasons = explain(verdict, text);
        for (var i = 0; i < reasons.length; i++) {
            message.appendChild(SG.element('p', 'sg-guard-reason', reasons[i]));
        }
        var opener = verdict.opening && !verdict.opening.compliant ? verdict.opening.suggestedOpener : null;
        var actions = SG.element('div', 'sg-guard-actions');
        if (opener) {
            message.appendChild(SG.element('blockquote', 'sg-guard-opener', opener));
            actions.appendChild(button('sg-guard-insert', AJS.I18n.getText('service-guardrails.guard.insert'), function () {
                SG.insertAtTop(opener, reply.scope).then(function () {
                    clear(reply);
                });
            }));
        }
        if (blocking) {
            var label = SG.element('label', 'sg-override-label', AJS.I18n.getText('service-guardrails.guard.override.label'));
            var reason = SG.element('textarea', 'textarea sg-override-reason');
            reason.id = 'sg-override-reason';
            reason.maxLength = 1000;
            reason.rows = 2;
            label.htmlFor = reason.id;
            var error = SG.element('div', 'error sg-override-error');
            message.appendChild(label);
            message.appendChild(reason);
            message.appendChild(error);
            actions.appendChild(button('sg-guard-override', AJS.I18n.getText('service-guardrails.guard.override.send'), function () {
                var why = reason.value.trim();
                if (!why) {
                    error.textContent = AJS.I18n.getText('service-guardrails.guard.override.required');
                    reason.focus();
                    return;
                }
                SG.request('POST', 'check/override', {issueKey: SG.issueKey() || '', reason: why}, TIMEOUT_MS)
                    .then(function (answer) {
                        if (answer.status !== 200) {
                            window.console.warn('Service Guardrails: the override was not recorded (HTTP ' + answer.status + ')');
                        }
                    }, function (failure) {
                        window.console.warn('Service Guardrails: the override was not recorded', failure);
                    })
                    .then(function () {
                        send(reply);
                    });
            }));
        } else {
            actions.appendChild(button('sg-guard-send', AJS.I18n.getText('service-guardrails.guard.send-anyway'), function () {
                send(reply);
            }));
        }
        message.appendChild(actions);
        slot.appendChild(message);
    }

    /** Holds the event and checks the reply, unless it is internal or empty (then it goes on untouched). */
    function guard(event, reply) {
        if (reply.holder.classList.contains('sg-checking')) {
            // a second press while the check runs: the first one decides
            event.preventDefault();
            event.stopImmediatePropagation();
            return;
        }
        var text = SG.readReply(reply.scope);
        if (reply.internal || !text.trim()) {
            return;
        }
        // hold the reply (and Jira's and JSM's own handlers) until the check answers
        event.preventDefault();
        event.stopImmediatePropagation();
        reply.holder.classList.add('sg-checking');
        SG.request('POST', 'check', {text: text, issueKey: SG.issueKey() || '', internal: false}, TIMEOUT_MS)
            .then(function (answer) {
                reply.holder.classList.remove('sg-checking');
                if (answer.status !== 200 || !answer.json) {
                    throw new Error('HTTP ' + answer.status);
                }
                var verdict = answer.json;
                if (verdict.action === 'block' || verdict.action === 'advise') {
                    show(reply, verdict, text);
                } else {
                    send(reply);
                }
            })
            .catch(function (failure) {
                reply.holder.classList.remove('sg-checking');
                window.console.warn('Service Guardrails: reply check failed or took over 1 s; the reply was sent unchecked.', failure);
                send(reply);
            });
    }

    // JSM agent view: the public button. The internal one, and a press we resend ourselves, pass untouched.
    window.addEventListener('click', function (event) {
        var pressed = event.target && event.target.closest ? event.target.closest(JSM_BUTTONS) : null;
        if (!pressed || !pressed.matches(PUBLIC_BUTTON) || pressed.getAttribute(PASS) === 'true' || pressed.disabled) {
            return;
        }
        guard(event, jsmReply(pressed));
    }, true);

    // Ctrl/Cmd+Enter in JSM's editor (the textarea here, the TinyMCE iframe through watchEditorFrames)
    function onKeydown(event) {
        if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) {
            return;
        }
        var view = event.target && event.target.ownerDocument ? event.target.ownerDocument.defaultView : null;
        var origin = view && view !== window ? view.frameElement : event.target;
        var box = origin && origin.closest ? origin.closest('textarea#comment, textarea[name="comment"]') : null;
        if (!box && origin && origin.tagName === 'IFRAME') {
            box = origin;
        }
        if (!box) {
            return;
        }
        var target = publicKeyTarget(editorScope(box));
        if (target) {
            guard(event, jsmReply(target));
        }
    }
    window.addEventListener('keydown', onKeydown, true);

    // keys typed in a rich text editor happen in its iframe's document: listen there too
    var watched = typeof WeakSet === 'function' ? new WeakSet() : null;
    function watchFrame(frame) {
        var doc;
        try {
            doc = frame.contentDocument;
        } catch (e) {
            return;
        }
        if (doc && watched && !watched.has(doc)) {
            watched.add(doc);
            doc.addEventListener('keydown', onKeydown, true);
        }
        if (!frame.hasAttribute('data-sg-watched')) {
            frame.setAttribute('data-sg-watched', 'true');
            frame.addEventListener('load', function () {
                watchFrame(frame);
            });
        }
    }
    var scheduled = false;
    function watchEditorFrames() {
        scheduled = false;
        var boxes = document.querySelectorAll('textarea#comment, textarea[name="comment"]');
        for (var i = 0; i < boxes.length; i++) {
            var frames = boxes[i].parentNode ? boxes[i].parentNode.querySelectorAll('iframe') : [];
            for (var j = 0; j < frames.length; j++) {
                watchFrame(frames[j]);
            }
        }
    }
    if (typeof MutationObserver === 'function') {
        new MutationObserver(function () {
            if (!scheduled) {
                scheduled = true;
                window.setTimeout(watchEditorFrames, 50);
            }
        }).observe(document.documentElement, {childList: true, subtree: true});
    }
    watchEditorFrames();

    // Jira's classic comment form. A form with JSM's buttons is left to the click and key listeners above: its
    // submit alone does not say whether the reply is public.
    window.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form || form.tagName !== 'FORM' || !(form.id === 'issue-comment-add' || SG.replyBox(form))) {
            return;
        }
        if (form.getAttribute(PASS) === 'true' || form.querySelector(JSM_BUTTONS)) {
            return;
        }
        guard(event, classicReply(form, event.submitter));
    }, true);
})(window, document);
