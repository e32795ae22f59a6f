/*
 * Service Guardrails administration: the configuration editors (js/admin-config.js) with each server error shown
 * next to its field, leads' allow-list suggestions, JSON import/export, history with differences and rollback, the
 * audit log with CSV export, and the compliance report with a chart. Nothing is saved until the server accepts the
 * whole document.
 */
(function (window, document) {
    'use strict';
    var SG = window.ServiceGuardrails;
    var state = {config: null, choices: null, labels: {}, placeholders: [], suggestions: [], added: {}, editor: null, jsonTimer: null, dirty: false};

    function byId(id) {
        return document.getElementById(id);
    }

    function syncJson() {
        window.clearTimeout(state.jsonTimer);
        state.jsonTimer = window.setTimeout(function () {
            byId('sg-config-json').value = JSON.stringify(state.config, null, 2);
        }, 150);
    }

    /** Whether the form holds changes the server has not saved; shown by a lozenge beside the buttons. */
    function setDirty(dirty) {
        state.dirty = dirty;
        byId('sg-config-dirty').style.display = dirty ? '' : 'none';
    }

    function changed() {
        setDirty(true);
        syncJson();
    }

    /** Draws the editors again from the document; focusPath names the field to focus afterwards. */
    function redraw(focusPath) {
        state.editor = SG.renderConfigEditors(byId('sg-config-fields'), {
            config: state.config,
            choices: state.choices,
            labels: state.labels,
            placeholders: state.placeholders,
            suggestions: state.suggestions,
            added: state.added,
            dismiss: dismissSuggestion,
            onChange: changed,
            redraw: redraw
        });
        window.clearTimeout(state.jsonTimer);
        byId('sg-config-json').value = JSON.stringify(state.config, null, 2);
        if (focusPath) {
            var field = byId('sg-field-' + focusPath);
            if (field) {
                field.focus();
            }
        }
    }

    function clearErrors() {
        var slots = document.querySelectorAll('#sg-tab-config .sg-field-error');
        for (var i = 0; i < slots.length; i++) {
            slots[i].textContent = '';
        }
        var groups = document.querySelectorAll('#sg-tab-config .sg-invalid');
        for (var j = 0; j < groups.length; j++) {
            groups[j].classList.remove('sg-invalid');
        }
        var invalid = document.querySelectorAll('#sg-tab-config [aria-invalid]');
        for (var k = 0; k < invalid.length; k++) {
            invalid[k].removeAttribute('aria-invalid');
        }
        byId('sg-config-messages').textContent = '';
    }

    /** Tells assistive technology which controls the error beside them is about. */
    function markInvalid(holder) {
        for (var i = 0; i < holder.children.length; i++) {
            if (/^(INPUT|SELECT|TEXTAREA)$/.test(holder.children[i].tagName)) {
                holder.children[i].setAttribute('aria-invalid', 'true');
            }
        }
    }

    /** Shows each error next to its field, or the nearest enclosing one ("a.b[1].c" -> "a.b[1]" -> "a.b" -> "a"). */
    function showErrors(errors) {
        clearErrors();
        var first = null;
        for (var i = 0; i < errors.length; i++) {
            var path = errors[i].path || '';
            var slot = null;
            while (true) {
                slot = document.querySelector('#sg-config-fields [data-error-for="' + CSS.escape(path) + '"]');
                if (slot || path === '') {
                    break;
                }
                path = path.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
            }
            if (!slot) {
                slot = document.querySelector('#sg-json-form [data-error-for=""]');
            }
            var line = SG.element('div', 'sg-error-line', (errors[i].path && errors[i].path !== path ? errors[i].path + ': ' : '') + errors[i].message);
            slot.appendChild(line);
            if (slot.parentNode) {
                slot.parentNode.classList.add('sg-invalid');
                markInvalid(slot.parentNode);
            }
            first = first || slot;
        }
        byId('sg-config-messages').appendChild(SG.message('error', AJS.I18n.getText('service-guardrails.admin.config.invalid'), null));
        if (first && first.scrollIntoView) {
            first.scrollIntoView({block: 'center'});
        }
    }

    function notify(containerId, type, text) {
        var container = byId(containerId);
        container.textContent = '';
        container.appendChild(SG.message(type, text, null));
    }

    /**
     * Leads' allow-list suggestions still waiting (the server decides which); null when they could not be loaded.
     * forget: the form's own changes are gone (loaded or saved), so no suggestion is marked as added any more.
     */
    function loadSuggestions(forget) {
        return SG.request('GET', 'allow-list-suggestions').then(function (answer) {
            state.suggestions = answer.status === 200 ? answer.json.suggestions : null;
        }, function () {
            state.suggestions = null;
        }).then(function () {
            if (forget) {
                state.added = {};
            }
            if (state.editor) {
                state.editor.model.suggestions = state.suggestions;
                state.editor.model.added = state.added;
                state.editor.drawSuggestions();
            }
        });
    }

    /** Records the dismissal, then shows the suggestions still waiting; resolves whether it was recorded. */
    function dismissSuggestion(suggestion) {
        return SG.request('POST', 'allow-list-suggestions/dismiss', {language: suggestion.language, term: suggestion.term}).then(function (answer) {
            if (answer.status !== 200) {
                return false;
            }
            return loadSuggestions(false).then(function () {
                return true;
            });
        }, function () {
            return false;
        });
    }

    function load() {
        var suggestions = loadSuggestions(true);
        return SG.request('GET', 'config').then(function (answer) {
            if (answer.status !== 200) {
                notify('sg-config-messages', 'error', AJS.I18n.getText('service-guardrails.admin.load-failed') + ' (HTTP ' + answer.status + ')');
                return;
            }
            state.config = answer.json.config;
            state.choices = answer.json.choices;
            state.labels = answer.json.labels || {};
            state.placeholders = answer.json.placeholders;
            clearErrors();
            return suggestions.then(function () {
                redraw();
                setDirty(false);
            });
        });
    }

    function submitConfig(path) {
        return SG.request(path === 'config' ? 'PUT' : 'POST', path, JSON.stringify(state.config)).then(function (answer) {
            if (answer.status === 200) {
                clearErrors();
                notify('sg-config-messages', 'success', path === 'config'
                    ? AJS.I18n.getText('service-guardrails.admin.config.saved') : AJS.I18n.getText('service-guardrails.admin.config.valid'));
                if (path === 'config') {
                    setDirty(false);
                    loadHistory();
                    loadSuggestions(true);
                }
            } else if (answer.json && answer.json.errors) {
                showErrors(answer.json.errors);
            } else {
                notify('sg-config-messages', 'error', 'HTTP ' + answer.status);
            }
        });
    }

    function applyJson(text) {
        var parsed;
        try {
            parsed = JSON.parse(text);
        } catch (e) {
            showErrors([{path: '', message: e.message}]);
            return;
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
            showErrors([{path: '', message: AJS.I18n.getText('service-guardrails.admin.json.not-object')}]);
            return;
        }
        state.config = parsed;
        clearErrors();
        redraw();
        setDirty(true);
        submitConfig('config/validate');
    }

    function cell(row, text, className) {
        var td = SG.element('td', className, text);
        row.appendChild(td);
        return td;
    }

    function loadHistory() {
        return SG.request('GET', 'config/history').then(function (answer) {
            var body = document.querySelector('#sg-history tbody');
            body.textContent = '';
            if (answer.status !== 200) {
                return;
            }
            answer.json.versions.forEach(function (version) {
                var row = SG.element('tr');
                row.setAttribute('data-version', version.id);
                cell(row, String(version.id));
                cell(row, version.savedBy);
                cell(row, version.savedAt);
                var changes = cell(row, null, 'sg-changes');
                if (version.current) {
                    changes.appendChild(SG.element('span', 'aui-lozenge aui-lozenge-success', AJS.I18n.getText('service-guardrails.admin.history.current')));
                } else {
                    var list = SG.element('ul', 'sg-diff');
                    version.changes.forEach(function (change) {
                        list.appendChild(SG.element('li', null, change.path + ': ' + (change.before === null ? '—' : change.before)
                            + ' → ' + (change.after === null ? '—' : change.after)));
                    });
                    changes.appendChild(list);
                }
                var actions = cell(row, null);
                if (!version.current) {
                    var rollback = SG.element('button', 'aui-button sg-rollback', AJS.I18n.getText('service-guardrails.admin.history.rollback'));
                    rollback.type = 'button';
                    rollback.addEventListener('click', function () {
                        SG.request('POST', 'config/rollback/' + encodeURIComponent(version.id), null).then(function (result) {
                            notify('sg-history-messages', result.status === 200 ? 'success' : 'error', (result.status === 200 ? AJS.I18n.getText('service-guardrails.admin.history.rolled-back') : AJS.I18n.getText('service-guardrails.admin.history.rollback-failed')));
                            load();
                            loadHistory();
                        });
                    });
                    actions.appendChild(rollback);
                }
                body.appendChild(row);
            });
        });
    }

    function query(form) {
        var parts = [];
        var fields = form.querySelectorAll('input[name], select[name]');
        for (var i = 0; i < fields.length; i++) {
            if (fields[i].value) {
                parts.push(encodeURIComponent(fields[i].name) + '=' + encodeURIComponent(fields[i].value));
            }
        }
        return parts.join('&');
    }

    /** The translated name of an audit kind: the filter's option for it says it already; unknown kinds as spelled. */
    function kindLabel(kind) {
        var options = byId('sg-audit-kind').options;
        for (var i = 0; i < options.length; i++) {
            if (options[i].value === kind) {
                return options[i].textContent;
            }
        }
        return kind;
    }

    function loadAudit() {
        var form = byId('sg-audit-filter');
        var q = query(form);
        byId('sg-audit-csv').href = SG.restBase() + 'audit.csv' + (q ? '?' + q : '');
        return SG.request('GET', 'audit' + (q ? '?' + q : '')).then(function (answer) {
            var body = document.querySelector('#sg-audit tbody');
            body.textContent = '';
            var slots = form.querySelectorAll('.sg-field-error');
            for (var s = 0; s < slots.length; s++) {
                slots[s].textContent = '';
            }
            if (answer.status !== 200) {
                (answer.json && answer.json.errors || []).forEach(function (error) {
                    var slot = form.querySelector('[data-error-for="' + CSS.escape(error.path) + '"]');
                    if (slot) {
                        slot.textContent = error.message;
                    }
                });
                return;
            }
            answer.json.entries.forEach(function (entry) {
                var row = SG.element('tr', 'sg-audit-' + entry.kind);
                cell(row, entry.at);
                cell(row, kindLabel(entry.kind));
                cell(row, entry.user);
                cell(row, entry.issueKey);
                cell(row, entry.detail);
                body.appendChild(row);
            });
        });
    }

    function loadReport() {
        var q = query(byId('sg-report-filter'));
        return SG.request('GET', 'report' + (q ? '?' + q : '')).then(function (answer) {
            var body = document.querySelector('#sg-report tbody');
            var chart = byId('sg-report-chart');
            body.textContent = '';
            chart.textContent = '';
            if (answer.status !== 200) {
                return;
            }
            answer.json.rows.forEach(function (r) {
                var row = SG.element('tr');
                cell(row, r.week);
                cell(row, r.agent);
                cell(row, String(r.publicReplies));
                cell(row, r.compliantPercent === null ? '—' : r.compliantPercent + ' %');
                cell(row, String(r.escalations));
                cell(row, String(r.refundsApproved));
                cell(row, String(r.refundsAboveLimit));
                body.appendChild(row);
                // one bar per agent-week: the share of compliant openings
                var bar = SG.element('div', 'sg-bar');
                bar.appendChild(SG.element('span', 'sg-bar-label', r.week + ' · ' + r.agent));
                var track = SG.element('span', 'sg-bar-track');
                var fill = SG.element('span', 'sg-bar-fill');
                fill.style.width = (r.compliantPercent === null ? 0 : r.compliantPercent) + '%';
                track.appendChild(fill);
                bar.appendChild(track);
                bar.appendChild(SG.element('span', 'sg-bar-value', r.compliantPercent === null ? '—' : r.compliantPercent + ' %'));
                chart.appendChild(bar);
            });
        });
    }

    function showTab(id) {
        var links = document.querySelectorAll('#sg-admin-tabs .tabs-menu a');
        for (var i = 0; i < links.length; i++) {
            var active = links[i].getAttribute('href') === '#' + id;
            links[i].parentNode.classList.toggle('active-tab', active);
            byId(links[i].getAttribute('href').substring(1)).classList.toggle('active-pane', active);
        }
    }

    function init() {
        if (!byId('sg-admin')) {
            return;
        }
        var links = document.querySelectorAll('#sg-admin-tabs .tabs-menu a');
        for (var i = 0; i < links.length; i++) {
            links[i].addEventListener('click', function (event) {
                event.preventDefault();
                showTab(this.getAttribute('href').substring(1));
            });
        }
        byId('sg-config-form').addEventListener('submit', function (event) {
            event.preventDefault();
            submitConfig('config');
        });
        byId('sg-config-validate').addEventListener('click', function () {
            submitConfig('config/validate');
        });
        byId('sg-config-reload').addEventListener('click', load);
        byId('sg-json-apply').addEventListener('click', function () {
            applyJson(byId('sg-config-json').value);
        });
        byId('sg-json-export').addEventListener('click', function () {
            var blob = new Blob([JSON.stringify(state.config, null, 2)], {type: 'application/json'});
            var link = SG.element('a');
            link.href = URL.createObjectURL(blob);
            link.download = 'service-guardrails-config.json';
            document.body.appendChild(link);
            link.click();
            document.body.removeChild(link);
        });
        byId('sg-json-import').addEventListener('change', function () {
            var file = this.files && this.files[0];
            if (file) {
                file.text().then(function (text) {
                    byId('sg-config-json').value = text;
                    applyJson(text);
                });
            }
        });
        byId('sg-audit-filter').addEventListener('submit', function (event) {
            event.preventDefault();
            loadAudit();
        });
        byId('sg-report-filter').addEventListener('submit', function (event) {
            event.preventDefault();
            loadReport();
        });
        load();
        loadHistory();
        loadAudit();
        loadReport();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})(window, document);
