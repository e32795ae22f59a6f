/*
 * Service Guardrails reply guard. When an agent sends a public reply ("Reply to customer") it asks the check
 * endpoint about the opening and the tone first:
 *   allow   -> the reply goes out;
 *   advise  -> an inline message with the suggested opener, "Insert" and "Send as it is" (never blocks);
 *   block   -> the reply is held until it complies or the agent gives an override reason (recorded).
 * Internal notes are never checked. If the endpoint takes more than 1 s or fails, the reply goes out and the
 * failure is logged: a failing guardrail never holds a reply.
 * Texts come from AJS.I18n.getText, which Jira's jsI18n transformer replaces with the user's language.
 */
(function (window, document) {
    'use strict';
    var SG = window.ServiceGuardrails;
    var TIMEOUT_MS = 1000;

    function isReplyForm(form) {
        return form && form.tagName === 'FORM' && (form.id === 'issue-comment-add' || !!SG.replyBox(form));
    }

    /** JSM marks internal notes with the comment property sd.public.comment = {"internal": true}. */
    function isInternal(form) {
        var property = form.querySelector('input[name="commentProperty"]');
        if (!property || !property.value) {
            return false;
        }
        try {
            var list = JSON.parse(property.value);
            for (var i = 0; i < list.length; i++) {
                if (list[i] && list[i].key === 'sd.public.comment' && list[i].value && list[i].value.internal === true) {
                    return true;
                }
            }
        } catch (e) {
            return false;
        }
        return false;
    }

    function messageSlot(form) {
        var slot = form.querySelector('.sg-reply-guard');
        if (!slot) {
            slot = SG.element('div', 'sg-reply-guard');
            slot.setAttribute('aria-live', 'polite');
            var box = SG.replyBox(form);
            box.parentNode.insertBefore(slot, box);
        }
        return slot;
    }

    function clear(form) {
        var slot = form.querySelector('.sg-reply-guard');
        if (slot) {
            slot.textContent = '';
        }
    }

    function send(form) {
        clear(form);
        form.setAttribute('data-sg-pass', 'true');
        if (typeof form.requestSubmit === 'function') {
            form.requestSubmit();
        } else {
            form.submit();
        }
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

    function show(form, verdict, text) {
        var slot = messageSlot(form);
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
                SG.insertAtTop(opener, form);
                clear(form);
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
                        send(form);
                    });
            }));
        } else {
            actions.appendChild(button('sg-guard-send', AJS.I18n.getText('service-guardrails.guard.send-anyway'), function () {
                send(form);
            }));
        }
        message.appendChild(actions);
        slot.appendChild(message);
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!isReplyForm(form)) {
            return;
        }
        if (form.getAttribute('data-sg-pass') === 'true') {
            form.removeAttribute('data-sg-pass');
            return;
        }
        var box = SG.replyBox(form);
        var text = box ? box.value : '';
        if (isInternal(form) || !text.trim()) {
            return;
        }
        // hold the reply (and Jira's own submit handlers) until the check answers
        event.preventDefault();
        event.stopImmediatePropagation();
        form.classList.add('sg-checking');
        SG.request('POST', 'check', {text: text, issueKey: SG.issueKey() || '', internal: false}, TIMEOUT_MS)
            .then(function (answer) {
                form.classList.remove('sg-checking');
                if (answer.status !== 200 || !answer.json) {
                    throw new Error('HTTP ' + answer.status);
                }
                var verdict = answer.json;
                if (verdict.action === 'block' || verdict.action === 'advise') {
                    show(form, verdict, text);
                } else {
                    send(form);
                }
            })
            .catch(function (failure) {
                form.classList.remove('sg-checking');
                window.console.warn('Service Guardrails: reply check failed or took over 1 s; the reply was sent unchecked.', failure);
                send(form);
            });
    }, true);
})(window, document);
