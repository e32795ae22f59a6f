/*
 * Service Guardrails administration: the configuration editors, one per part of the configuration document:
 * the guardrails' modes, apology macros (with the engine's live preview), role limits, pre-approval rules, request
 * fields, escalation (webhooks and rules), and lexicon additions and allow-lists per language.
 *
 * Every field carries its JSON path (data-config-path, data-error-for), so each error the server reports appears
 * next to the field it belongs to. Every list knows the shape of its elements, so "Add" on an empty list adds a
 * proper row. The values of enumerated fields and the placeholders come from the engine (GET config), and the
 * preview is rendered by the engine (POST config/preview); nothing about them is decided here. Enumerated values are
 * shown by the labels GET config brings in the admin's language; the value submitted stays the configuration's.
 * Under each language's allow-list, the suggestions leads made with "Not abuse" (GET allow-list-suggestions, which
 * ones: the engine's rule) with Add to allow-list (into the form, saved with it) and Dismiss (recorded at once).
 * Text is only ever set with textContent.
 */
(function (window, document) {
    'use strict';
    var SG = window.ServiceGuardrails;

    var T = {
        remove: AJS.I18n.getText('service-guardrails.admin.config.remove'),
        moveUp: AJS.I18n.getText('service-guardrails.admin.config.move-up'),
        none: AJS.I18n.getText('service-guardrails.admin.config.none'),
        modesTitle: AJS.I18n.getText('service-guardrails.admin.modes.title'),
        guardrail: AJS.I18n.getText('service-guardrails.admin.modes.guardrail'),
        mode: AJS.I18n.getText('service-guardrails.admin.modes.mode'),
        opening: AJS.I18n.getText('service-guardrails.admin.modes.opening'),
        abuse: AJS.I18n.getText('service-guardrails.admin.modes.abuse'),
        empowerment: AJS.I18n.getText('service-guardrails.admin.modes.empowerment'),
        escalation: AJS.I18n.getText('service-guardrails.admin.modes.escalation'),
        macrosTitle: AJS.I18n.getText('service-guardrails.admin.macros.title'),
        macrosHelp: AJS.I18n.getText('service-guardrails.admin.macros.help'),
        macrosEmpty: AJS.I18n.getText('service-guardrails.admin.macros.empty'),
        macrosAdd: AJS.I18n.getText('service-guardrails.admin.macros.add'),
        macroId: AJS.I18n.getText('service-guardrails.admin.macros.id'),
        language: AJS.I18n.getText('service-guardrails.admin.macros.language'),
        situation: AJS.I18n.getText('service-guardrails.admin.macros.situation'),
        template: AJS.I18n.getText('service-guardrails.admin.macros.template'),
        placeholders: AJS.I18n.getText('service-guardrails.admin.macros.placeholders'),
        fallbackHelp: AJS.I18n.getText('service-guardrails.admin.macros.fallback-help'),
        preview: AJS.I18n.getText('service-guardrails.admin.macros.preview'),
        previewFallback: AJS.I18n.getText('service-guardrails.admin.macros.preview-fallback'),
        previewEmpty: AJS.I18n.getText('service-guardrails.admin.macros.preview-empty'),
        previewUnavailable: AJS.I18n.getText('service-guardrails.admin.macros.preview-unavailable'),
        sample: AJS.I18n.getText('service-guardrails.admin.macros.sample'),
        rolesTitle: AJS.I18n.getText('service-guardrails.admin.roles.title'),
        rolesHelp: AJS.I18n.getText('service-guardrails.admin.roles.help'),
        timeZone: AJS.I18n.getText('service-guardrails.admin.roles.time-zone'),
        role: AJS.I18n.getText('service-guardrails.admin.roles.role'),
        rolesAdd: AJS.I18n.getText('service-guardrails.admin.roles.add'),
        roleRemove: AJS.I18n.getText('service-guardrails.admin.roles.remove'),
        limitsEmpty: AJS.I18n.getText('service-guardrails.admin.roles.limits-empty'),
        limitsAdd: AJS.I18n.getText('service-guardrails.admin.roles.limits-add'),
        action: AJS.I18n.getText('service-guardrails.admin.roles.action'),
        currency: AJS.I18n.getText('service-guardrails.admin.roles.currency'),
        perTransaction: AJS.I18n.getText('service-guardrails.admin.roles.per-transaction'),
        perAgentPerDay: AJS.I18n.getText('service-guardrails.admin.roles.per-agent-per-day'),
        perCustomer: AJS.I18n.getText('service-guardrails.admin.roles.per-customer'),
        windowDays: AJS.I18n.getText('service-guardrails.admin.roles.window-days'),
        noLimit: AJS.I18n.getText('service-guardrails.admin.roles.no-limit'),
        preTitle: AJS.I18n.getText('service-guardrails.admin.pre.title'),
        preHelp: AJS.I18n.getText('service-guardrails.admin.pre.help'),
        preEmpty: AJS.I18n.getText('service-guardrails.admin.pre.empty'),
        preAdd: AJS.I18n.getText('service-guardrails.admin.pre.add'),
        name: AJS.I18n.getText('service-guardrails.admin.pre.name'),
        maxAmount: AJS.I18n.getText('service-guardrails.admin.pre.max-amount'),
        maxAge: AJS.I18n.getText('service-guardrails.admin.pre.max-age'),
        reasons: AJS.I18n.getText('service-guardrails.admin.pre.reasons'),
        itemConditions: AJS.I18n.getText('service-guardrails.admin.pre.item-conditions'),
        customerTiers: AJS.I18n.getText('service-guardrails.admin.pre.customer-tiers'),
        commaList: AJS.I18n.getText('service-guardrails.admin.config.comma-list'),
        fieldsTitle: AJS.I18n.getText('service-guardrails.admin.fields.title'),
        fieldsHelp: AJS.I18n.getText('service-guardrails.admin.fields.help'),
        field: AJS.I18n.getText('service-guardrails.admin.fields.field'),
        fieldId: AJS.I18n.getText('service-guardrails.admin.fields.id'),
        escTitle: AJS.I18n.getText('service-guardrails.admin.escalation.title'),
        escHelp: AJS.I18n.getText('service-guardrails.admin.escalation.help'),
        priorities: AJS.I18n.getText('service-guardrails.admin.escalation.priorities'),
        repeatWindow: AJS.I18n.getText('service-guardrails.admin.escalation.repeat-window'),
        webhooks: AJS.I18n.getText('service-guardrails.admin.escalation.webhooks'),
        webhookName: AJS.I18n.getText('service-guardrails.admin.escalation.webhook-name'),
        webhookUrl: AJS.I18n.getText('service-guardrails.admin.escalation.webhook-url'),
        webhooksEmpty: AJS.I18n.getText('service-guardrails.admin.escalation.webhooks-empty'),
        webhooksAdd: AJS.I18n.getText('service-guardrails.admin.escalation.webhooks-add'),
        rules: AJS.I18n.getText('service-guardrails.admin.escalation.rules'),
        rulesEmpty: AJS.I18n.getText('service-guardrails.admin.escalation.rules-empty'),
        rulesAdd: AJS.I18n.getText('service-guardrails.admin.escalation.rules-add'),
        ruleName: AJS.I18n.getText('service-guardrails.admin.escalation.rule-name'),
        when: AJS.I18n.getText('service-guardrails.admin.escalation.when'),
        then: AJS.I18n.getText('service-guardrails.admin.escalation.then'),
        author: AJS.I18n.getText('service-guardrails.admin.escalation.author'),
        anyAuthor: AJS.I18n.getText('service-guardrails.admin.escalation.any-author'),
        minSeverity: AJS.I18n.getText('service-guardrails.admin.escalation.min-severity'),
        targets: AJS.I18n.getText('service-guardrails.admin.escalation.targets'),
        categories: AJS.I18n.getText('service-guardrails.admin.escalation.categories'),
        anyValue: AJS.I18n.getText('service-guardrails.admin.escalation.any-value'),
        minOffences: AJS.I18n.getText('service-guardrails.admin.escalation.min-offences'),
        raisePriority: AJS.I18n.getText('service-guardrails.admin.escalation.raise-priority'),
        reassignTo: AJS.I18n.getText('service-guardrails.admin.escalation.reassign-to'),
        reassignUser: AJS.I18n.getText('service-guardrails.admin.escalation.reassign-user'),
        reassignRole: AJS.I18n.getText('service-guardrails.admin.escalation.reassign-role'),
        addWatchers: AJS.I18n.getText('service-guardrails.admin.escalation.add-watchers'),
        addLabels: AJS.I18n.getText('service-guardrails.admin.escalation.add-labels'),
        noteTemplate: AJS.I18n.getText('service-guardrails.admin.escalation.note-template'),
        ruleWebhooks: AJS.I18n.getText('service-guardrails.admin.escalation.rule-webhooks'),
        coaching: AJS.I18n.getText('service-guardrails.admin.escalation.coaching'),
        lexTitle: AJS.I18n.getText('service-guardrails.admin.lexicon.title'),
        lexHelp: AJS.I18n.getText('service-guardrails.admin.lexicon.help'),
        terms: AJS.I18n.getText('service-guardrails.admin.lexicon.terms'),
        term: AJS.I18n.getText('service-guardrails.admin.lexicon.term'),
        category: AJS.I18n.getText('service-guardrails.admin.lexicon.category'),
        aim: AJS.I18n.getText('service-guardrails.admin.lexicon.aim'),
        severity: AJS.I18n.getText('service-guardrails.admin.lexicon.severity'),
        termsEmpty: AJS.I18n.getText('service-guardrails.admin.lexicon.terms-empty'),
        termsAdd: AJS.I18n.getText('service-guardrails.admin.lexicon.terms-add'),
        allow: AJS.I18n.getText('service-guardrails.admin.lexicon.allow'),
        allowHelp: AJS.I18n.getText('service-guardrails.admin.lexicon.allow-help'),
        suggestedTitle: AJS.I18n.getText('service-guardrails.admin.suggestions.title'),
        suggestedHelp: AJS.I18n.getText('service-guardrails.admin.suggestions.help'),
        suggestedEmpty: AJS.I18n.getText('service-guardrails.admin.suggestions.empty'),
        suggestedWords: AJS.I18n.getText('service-guardrails.admin.suggestions.words'),
        suggestedRule: AJS.I18n.getText('service-guardrails.admin.suggestions.rule'),
        suggestedBy: AJS.I18n.getText('service-guardrails.admin.suggestions.by'),
        suggestedAt: AJS.I18n.getText('service-guardrails.admin.suggestions.at'),
        suggestedIssue: AJS.I18n.getText('service-guardrails.admin.suggestions.issue'),
        suggestedReports: AJS.I18n.getText('service-guardrails.admin.suggestions.reports'),
        suggestedAdd: AJS.I18n.getText('service-guardrails.admin.suggestions.add'),
        suggestedDismiss: AJS.I18n.getText('service-guardrails.admin.suggestions.dismiss'),
        suggestedAdded: AJS.I18n.getText('service-guardrails.admin.suggestions.added'),
        suggestedFailed: AJS.I18n.getText('service-guardrails.admin.suggestions.failed'),
        dismissFailed: AJS.I18n.getText('service-guardrails.admin.suggestions.dismiss-failed')
    };
    /** How a fallback is written; a code sample, the same in every language. */
    var FALLBACK_EXAMPLE = '${customer.firstName|there}';
    var PREVIEW_DELAY_MS = 250;

    // ---- fields: each is bound to (object, key), carries its JSON path and has an error slot -------------------

    function errorSlot(path) {
        var slot = SG.element('div', 'error sg-field-error');
        slot.setAttribute('data-error-for', path);
        return slot;
    }

    /** A wrapper (td or div) holding a control and its error slot, marked with the control's path. */
    function holder(tag, className, path, control) {
        var wrap = SG.element(tag, className);
        wrap.setAttribute('data-config-path', path);
        wrap.appendChild(control);
        wrap.appendChild(errorSlot(path));
        return wrap;
    }

    function display(value, kind) {
        if (value === undefined || value === null) {
            return '';
        }
        if (Array.isArray(value)) {
            return value.join(kind === 'lines' ? '\n' : ', ');
        }
        return String(value);
    }

    /** The typed text as the document wants it; undefined removes the key (an optional field left empty). */
    function parse(text, kind, optional) {
        var trimmed = text.trim();
        if (kind === 'list' || kind === 'lines') {
            var items = text.split(kind === 'lines' ? '\n' : ',').map(function (s) {
                return s.trim();
            }).filter(function (s) {
                return s !== '';
            });
            return items.length || !optional ? items : undefined;
        }
        if (trimmed === '' && optional) {
            return undefined;
        }
        if (kind === 'int' && /^-?\d+$/.test(trimmed)) {
            return Number(trimmed);
        }
        // anything else goes to the server as typed, to be judged there
        return kind === 'money' ? trimmed : text;
    }

    function put(obj, key, value) {
        if (value === undefined) {
            delete obj[key];
        } else {
            obj[key] = value;
        }
    }

    function Editor(container, model) {
        this.container = container;
        this.model = model;
        this.previewTimers = {};
        this.lastTemplate = null;
    }

    Editor.prototype.changed = function () {
        this.model.onChange();
    };

    /** Value → label for a choice list (GET config's labels); a value without one is shown as it is spelled. */
    Editor.prototype.labels = function (list) {
        return (this.model.labels && this.model.labels[list]) || {};
    };

    /** A select over the values of a choice list (choices[list]), each shown by its label. */
    Editor.prototype.choice = function (obj, key, path, list, opts) {
        var o = {};
        Object.keys(opts || {}).forEach(function (k) {
            o[k] = opts[k];
        });
        o.labels = this.labels(list);
        return this.select(obj, key, path, this.model.choices[list], o);
    };

    /** A text input or textarea. opts: kind (text, int, money, list, lines), optional, multiline, rows, label, placeholder. */
    Editor.prototype.text = function (obj, key, path, opts) {
        var self = this;
        var o = opts || {};
        var input = o.multiline || o.kind === 'lines' ? SG.element('textarea', 'textarea') : document.createElement('input');
        if (input.tagName === 'TEXTAREA') {
            input.rows = o.rows || 2;
        } else {
            input.type = 'text';
            input.className = 'text' + (o.kind === 'int' || o.kind === 'money' ? ' sg-number' : '');
        }
        input.id = 'sg-field-' + path;
        input.name = path;
        input.value = display(obj[key], o.kind);
        if (o.label) {
            input.setAttribute('aria-label', o.label);
        }
        if (o.placeholder) {
            input.placeholder = o.placeholder;
        }
        input.addEventListener('input', function () {
            put(obj, key, parse(input.value, o.kind, o.optional));
            self.changed();
        });
        return input;
    };

    /**
     * A select over values (opts.labels: value → text shown); a value that is not among them (or none) is shown as it
     * is, so the form never lies.
     */
    Editor.prototype.select = function (obj, key, path, values, opts) {
        var self = this;
        var o = opts || {};
        var input = SG.element('select', 'select');
        input.id = 'sg-field-' + path;
        input.name = path;
        if (o.label) {
            input.setAttribute('aria-label', o.label);
        }
        var current = obj[key];
        var options = values.slice();
        if (o.none !== undefined || current === undefined) {
            input.appendChild(option('', o.none !== undefined ? o.none : T.none));
        }
        if (current !== undefined && current !== null && options.indexOf(current) < 0) {
            options.push(String(current));
        }
        var labels = o.labels || {};
        options.forEach(function (value) {
            input.appendChild(option(value, Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : value));
        });
        input.value = current === undefined || current === null ? '' : String(current);
        input.addEventListener('change', function () {
            put(obj, key, input.value === '' ? undefined : input.value);
            self.changed();
            if (o.onChange) {
                o.onChange(input.value);
            }
        });
        return input;
    };

    function option(value, text) {
        var element = SG.element('option', null, text);
        element.value = value;
        return element;
    }

    /** An AUI check box with its label; onChange(input) runs when it is ticked or cleared. */
    function checkBox(id, text, checked, onChange) {
        var wrap = SG.element('div', 'checkbox');
        var input = document.createElement('input');
        input.type = 'checkbox';
        input.className = 'checkbox';
        input.id = id;
        input.checked = checked;
        input.addEventListener('change', function () {
            onChange(input);
        });
        wrap.appendChild(input);
        wrap.appendChild(glyph());
        var label = SG.element('label', null, text);
        label.htmlFor = id;
        wrap.appendChild(label);
        return wrap;
    }

    Editor.prototype.checkbox = function (obj, key, path, text) {
        var self = this;
        return checkBox('sg-field-' + path, text, obj[key] === true, function (input) {
            put(obj, key, input.checked ? true : undefined);
            self.changed();
        });
    };

    /** Check boxes for the values of a choice list, each labelled; none ticked removes the list (any value matches). */
    Editor.prototype.checkGroup = function (obj, key, path, list) {
        var self = this;
        var values = this.model.choices[list];
        var labels = this.labels(list);
        var group = SG.element('div', 'sg-check-group');
        group.id = 'sg-field-' + path;
        var chosen = Array.isArray(obj[key]) ? obj[key].slice() : [];
        values.concat(chosen.filter(function (v) {
            return values.indexOf(v) < 0;
        })).forEach(function (value, i) {
            var text = Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : value;
            var box = checkBox('sg-field-' + path + '-' + i, text, chosen.indexOf(value) >= 0, function () {
                var now = [];
                group.querySelectorAll('input').forEach(function (input) {
                    if (input.checked) {
                        now.push(input.value);
                    }
                });
                put(obj, key, now.length ? now : undefined);
                self.changed();
            });
            box.querySelector('input').value = value;
            box.classList.add('sg-check');
            group.appendChild(box);
        });
        return group;
    };

    /**
     * The box AUI 9 draws for a check box. AUI adds one itself to check boxes it sees being attached (right after the
     * input, where its CSS looks); ours then follows it, unstyled, so the box is drawn once either way.
     */
    function glyph() {
        return SG.element('span', 'aui-form-glyph');
    }

    /** A labelled field for a stacked form: label above the control, help and error below. */
    function stacked(labelText, path, control, help) {
        var group = SG.element('div', 'field-group');
        group.setAttribute('data-config-path', path);
        var label = SG.element('label', null, labelText);
        label.htmlFor = control.id;
        group.appendChild(label);
        group.appendChild(control);
        if (help) {
            group.appendChild(SG.element('div', 'description', help));
        }
        group.appendChild(errorSlot(path));
        return group;
    }

    // ---- tables, rows, add and remove ---------------------------------------------------------------------------

    function table(className, headers) {
        var t = SG.element('table', 'aui sg-edit-table ' + className);
        var head = SG.element('thead');
        var row = SG.element('tr');
        headers.forEach(function (h) {
            row.appendChild(SG.element('th', null, h));
        });
        head.appendChild(row);
        t.appendChild(head);
        var body = SG.element('tbody');
        t.appendChild(body);
        return {table: t, body: body, columns: headers.length};
    }

    function emptyRow(t, text) {
        var row = SG.element('tr', 'sg-empty-row');
        var td = SG.element('td', 'sg-empty', text);
        td.colSpan = t.columns;
        row.appendChild(td);
        t.body.appendChild(row);
    }

    function cell(row, path, control, className) {
        var td = holder('td', className || null, path, control);
        row.appendChild(td);
        return td;
    }

    /** The last cell of a row: Remove, and the slot for errors about the whole element. */
    Editor.prototype.removeCell = function (row, path, remove) {
        return cell(row, path, this.removeButton(T.remove, path, remove), 'sg-row-actions');
    };

    /** A table with a row per element of items (drawRow(row, element, path) fills the cells), each with Remove. */
    Editor.prototype.rowsTable = function (className, headers, items, listPath, rowClass, emptyText, drawRow) {
        var self = this;
        var t = table(className, headers.concat(['']));
        if (!items.length) {
            emptyRow(t, emptyText);
        }
        items.forEach(function (item, i) {
            var p = listPath + '[' + i + ']';
            var row = SG.element('tr', rowClass);
            row.setAttribute('data-config-path', p);
            drawRow(row, item, p);
            self.removeCell(row, p, removeFrom(items, i));
            t.body.appendChild(row);
        });
        return t.table;
    };

    /** A button that changes the document's shape (act() does it and may name the field to focus), then redraws. */
    Editor.prototype.shapeButton = function (className, text, attribute, path, act) {
        var self = this;
        var button = SG.element('button', className, text);
        button.type = 'button';
        button.setAttribute(attribute, path);
        button.addEventListener('click', function () {
            var focus = act();
            self.changed();
            self.model.redraw(focus);
        });
        return button;
    };

    /** Remove: takes the element at path out of the document (remove() does it). */
    Editor.prototype.removeButton = function (text, path, remove) {
        return this.shapeButton('aui-button aui-button-subtle sg-remove', text, 'data-remove', path, remove);
    };

    /**
     * A card for one element of a list whose order counts (a role, a rule): its name field, Move up, Remove, and the
     * element's error slot.
     */
    Editor.prototype.card = function (className, path, nameLabel, items, index, nameKey, removeText) {
        var box = SG.element('div', className + ' sg-card');
        box.setAttribute('data-config-path', path);
        var head = SG.element('div', 'sg-card-head');
        head.appendChild(stacked(nameLabel, path + '.' + nameKey, this.text(items[index], nameKey, path + '.' + nameKey)));
        var actions = SG.element('div', 'sg-card-actions');
        if (index > 0) {
            actions.appendChild(this.shapeButton('aui-button aui-button-subtle sg-move-up', T.moveUp, 'data-move-up', path, function () {
                items.splice(index - 1, 0, items.splice(index, 1)[0]);
            }));
        }
        actions.appendChild(this.removeButton(removeText, path, removeFrom(items, index)));
        head.appendChild(actions);
        box.appendChild(head);
        box.appendChild(errorSlot(path));
        return box;
    };

    function removeFrom(list, index) {
        return function () {
            list.splice(index, 1);
        };
    }

    /** "Add …" for the list at path: add() appends an element of the list's shape and returns the field to focus. */
    Editor.prototype.addButton = function (text, path, add) {
        var wrap = SG.element('div', 'sg-add-row');
        wrap.appendChild(this.shapeButton('aui-button sg-add', text, 'data-add-for', path, add));
        return wrap;
    };

    function list(obj, key) {
        if (!Array.isArray(obj[key])) {
            obj[key] = [];
        }
        return obj[key];
    }

    function object(obj, key) {
        if (obj[key] === null || typeof obj[key] !== 'object' || Array.isArray(obj[key])) {
            obj[key] = {};
        }
        return obj[key];
    }

    function section(container, id, title, help, path) {
        var s = SG.element('section', 'sg-section');
        s.id = id;
        s.appendChild(SG.element('h2', null, title));
        if (help) {
            s.appendChild(SG.element('p', 'sg-section-help', help));
        }
        if (path !== null) {
            // errors about the section as a whole; the document's own ('' path) go next to the JSON box
            s.setAttribute('data-config-path', path);
            s.appendChild(errorSlot(path));
        }
        container.appendChild(s);
        return s;
    }

    // ---- the editors --------------------------------------------------------------------------------------------

    var GUARDRAILS = [['opening', 'opening'], ['abuse', 'abuse'], ['empowerment', 'empowerment'], ['escalation', 'escalation']];

    Editor.prototype.modes = function (c) {
        var s = section(this.container, 'sg-section-modes', T.modesTitle, null, null);
        var t = table('sg-modes-table', [T.guardrail, T.mode]);
        for (var i = 0; i < GUARDRAILS.length; i++) {
            var key = GUARDRAILS[i][0];
            var row = SG.element('tr');
            row.appendChild(SG.element('th', null, T[GUARDRAILS[i][1]]));
            cell(row, key + '.mode', this.choice(c[key], 'mode', key + '.mode', 'modes', {label: T[GUARDRAILS[i][1]]}));
            t.body.appendChild(row);
        }
        s.appendChild(t.table);
    };

    /** The id a new macro gets: language.situation, made unique among the admin's macros. */
    function macroId(macros, language, situation, except) {
        var base = language + '.' + situation;
        var id = base;
        for (var n = 2; macros.some(function (m) {
            return m !== except && m.id === id;
        }); n++) {
            id = base + '-' + n;
        }
        return id;
    }

    Editor.prototype.macros = function (c) {
        var self = this;
        var choices = this.model.choices;
        var s = section(this.container, 'sg-section-macros', T.macrosTitle, T.macrosHelp, 'opening.macros');
        s.appendChild(this.placeholderBar());
        var macros = Array.isArray(c.opening.macros) ? c.opening.macros : [];
        s.appendChild(self.rowsTable('sg-macros-table', [T.macroId, T.language, T.situation, T.template], macros, 'opening.macros', 'sg-macro', T.macrosEmpty,
            function (row, m, p) {
                var id = self.text(m, 'id', p + '.id', {label: T.macroId});
                cell(row, p + '.id', id, 'sg-col-id');
                var follow = function () {
                    // an id the form made (language.situation) follows the selects; one the admin typed stays
                    var made = /^[a-z]{2}\.[a-z_]+(-\d+)?$/.test(m.id || '') || !m.id;
                    if (made) {
                        m.id = macroId(macros, m.language, m.situation, m);
                        id.value = m.id;
                    }
                };
                cell(row, p + '.language', self.choice(m, 'language', p + '.language', 'languages', {label: T.language, onChange: follow}), 'sg-col-select');
                cell(row, p + '.situation', self.choice(m, 'situation', p + '.situation', 'situations', {label: T.situation, onChange: follow}), 'sg-col-select');
                var template = self.text(m, 'template', p + '.template', {multiline: true, rows: 2, label: T.template});
                var td = cell(row, p + '.template', template, 'sg-col-template');
                var preview = self.previewBlock(p);
                td.appendChild(preview);
                template.addEventListener('focus', function () {
                    self.lastTemplate = template;
                });
                template.addEventListener('input', function () {
                    self.schedulePreview(p, template.value, preview);
                });
                self.showPreview(template.value, preview);
            }));
        s.appendChild(this.addButton(T.macrosAdd, 'opening.macros', function () {
            var all = list(c.opening, 'macros');
            var language = choices.languages[0];
            var situation = choices.situations[0];
            all.push({id: macroId(all, language, situation, null), language: language, situation: situation, template: ''});
            return 'opening.macros[' + (all.length - 1) + '].template';
        }));
    };

    /** The engine's placeholders as buttons that insert themselves into the template last worked on. */
    Editor.prototype.placeholderBar = function () {
        var self = this;
        var bar = SG.element('div', 'sg-placeholders');
        bar.appendChild(SG.element('span', 'sg-placeholders-label', T.placeholders));
        (this.model.placeholders || []).forEach(function (placeholder) {
            var code = '${' + placeholder.name + '}';
            var button = SG.element('button', 'aui-button aui-button-subtle sg-placeholder', code);
            button.type = 'button';
            button.title = T.sample + ' ' + placeholder.sample;
            button.setAttribute('data-placeholder', placeholder.name);
            button.addEventListener('click', function () {
                var box = self.lastTemplate && document.body.contains(self.lastTemplate) ? self.lastTemplate
                    : self.container.querySelector('.sg-col-template textarea');
                if (!box) {
                    return;
                }
                var at = typeof box.selectionStart === 'number' ? box.selectionStart : box.value.length;
                var end = typeof box.selectionEnd === 'number' ? box.selectionEnd : at;
                box.value = box.value.substring(0, at) + code + box.value.substring(end);
                box.focus();
                box.setSelectionRange(at + code.length, at + code.length);
                box.dispatchEvent(new Event('input', {bubbles: true}));
            });
            bar.appendChild(button);
        });
        var help = SG.element('div', 'description sg-fallback-help', T.fallbackHelp + ' ');
        help.appendChild(SG.element('code', null, FALLBACK_EXAMPLE));
        bar.appendChild(help);
        return bar;
    };

    Editor.prototype.previewBlock = function (path) {
        var block = SG.element('div', 'sg-macro-preview');
        block.setAttribute('aria-live', 'polite');
        block.setAttribute('data-preview-for', path + '.template');
        var line = SG.element('div', 'sg-preview-line');
        line.appendChild(SG.element('span', 'sg-preview-label', T.preview));
        line.appendChild(SG.element('span', 'sg-preview-text'));
        block.appendChild(line);
        var fallback = SG.element('div', 'sg-preview-line sg-preview-fallback');
        fallback.appendChild(SG.element('span', 'sg-preview-label', T.previewFallback));
        fallback.appendChild(SG.element('span', 'sg-preview-fallback-text'));
        block.appendChild(fallback);
        return block;
    };

    Editor.prototype.schedulePreview = function (path, template, block) {
        var self = this;
        window.clearTimeout(this.previewTimers[path]);
        this.previewTimers[path] = window.setTimeout(function () {
            self.showPreview(template, block);
        }, PREVIEW_DELAY_MS);
    };

    /** Asks the engine to render the template; only the newest answer for a block is shown. */
    Editor.prototype.showPreview = function (template, block) {
        var text = block.querySelector('.sg-preview-text');
        var fallback = block.querySelector('.sg-preview-fallback-text');
        var seq = String(Number(block.getAttribute('data-seq') || '0') + 1);
        block.setAttribute('data-seq', seq);
        block.classList.remove('sg-preview-invalid');
        if (!template.trim()) {
            block.classList.add('sg-preview-blank');
            text.textContent = T.previewEmpty;
            fallback.textContent = '';
            return;
        }
        block.classList.remove('sg-preview-blank');
        SG.request('POST', 'config/preview', {template: template}).then(function (answer) {
            if (block.getAttribute('data-seq') !== seq) {
                return;
            }
            if (answer.status === 200) {
                text.textContent = answer.json.text;
                fallback.textContent = answer.json.fallbackText;
            } else if (answer.json && answer.json.errors) {
                block.classList.add('sg-preview-invalid');
                text.textContent = answer.json.errors.map(function (e) {
                    return e.message;
                }).join('; ');
                fallback.textContent = '';
            } else {
                text.textContent = T.previewUnavailable + ' (HTTP ' + answer.status + ')';
                fallback.textContent = '';
            }
        }, function () {
            if (block.getAttribute('data-seq') === seq) {
                text.textContent = T.previewUnavailable;
            }
        });
    };

    Editor.prototype.roles = function (c) {
        var self = this;
        var choices = this.model.choices;
        var e = c.empowerment;
        var s = section(this.container, 'sg-section-roles', T.rolesTitle, T.rolesHelp, 'empowerment.roles');
        var zone = this.text(e, 'timeZone', 'empowerment.timeZone', {optional: true, placeholder: 'UTC'});
        var top = SG.element('div', 'sg-stack sg-inline-fields');
        top.appendChild(stacked(T.timeZone, 'empowerment.timeZone', zone));
        s.appendChild(top);
        var roles = Array.isArray(e.roles) ? e.roles : [];
        roles.forEach(function (role, r) {
            var rp = 'empowerment.roles[' + r + ']';
            var box = self.card('sg-role', rp, T.role, roles, r, 'role', T.roleRemove);
            var limits = Array.isArray(role.limits) ? role.limits : [];
            box.appendChild(self.rowsTable('sg-limits-table', [T.action, T.currency, T.perTransaction, T.perAgentPerDay, T.perCustomer, T.windowDays], limits, rp + '.limits', 'sg-limit', T.limitsEmpty,
                function (row, limit, p) {
                    cell(row, p + '.action', self.choice(limit, 'action', p + '.action', 'actions', {label: T.action}), 'sg-col-select');
                    cell(row, p + '.currency', self.text(limit, 'currency', p + '.currency', {label: T.currency, placeholder: 'EUR'}), 'sg-col-currency');
                    ['perTransaction', 'perAgentPerDay', 'perCustomer'].forEach(function (key) {
                        cell(row, p + '.' + key, self.text(limit, key, p + '.' + key, {kind: 'money', optional: true, label: T[key], placeholder: T.noLimit}), 'sg-col-money');
                    });
                    cell(row, p + '.customerWindowDays', self.text(limit, 'customerWindowDays', p + '.customerWindowDays', {kind: 'int', optional: true, label: T.windowDays, placeholder: '30'}), 'sg-col-days');
                }));
            box.appendChild(errorSlot(rp + '.limits'));
            box.appendChild(self.addButton(T.limitsAdd, rp + '.limits', function () {
                var all = list(role, 'limits');
                all.push({action: choices.actions[0], currency: 'EUR', customerWindowDays: 30});
                return rp + '.limits[' + (all.length - 1) + '].perTransaction';
            }));
            s.appendChild(box);
        });
        s.appendChild(this.addButton(T.rolesAdd, 'empowerment.roles', function () {
            var all = list(e, 'roles');
            all.push({role: '', limits: []});
            return 'empowerment.roles[' + (all.length - 1) + '].role';
        }));
    };

    Editor.prototype.preApprovals = function (c) {
        var self = this;
        var choices = this.model.choices;
        var e = c.empowerment;
        var s = section(this.container, 'sg-section-pre-approvals', T.preTitle, T.preHelp, 'empowerment.preApprovals');
        var rules = Array.isArray(e.preApprovals) ? e.preApprovals : [];
        s.appendChild(self.rowsTable('sg-pre-table', [T.name, T.action, T.maxAmount, T.currency, T.maxAge, T.reasons, T.itemConditions, T.customerTiers], rules, 'empowerment.preApprovals', 'sg-pre-approval', T.preEmpty,
            function (row, rule, p) {
                cell(row, p + '.name', self.text(rule, 'name', p + '.name', {label: T.name}), 'sg-col-name');
                cell(row, p + '.action', self.choice(rule, 'action', p + '.action', 'actions', {label: T.action}), 'sg-col-select');
                cell(row, p + '.maxAmount', self.text(rule, 'maxAmount', p + '.maxAmount', {kind: 'money', optional: true, label: T.maxAmount, placeholder: T.noLimit}), 'sg-col-money');
                cell(row, p + '.currency', self.text(rule, 'currency', p + '.currency', {optional: true, label: T.currency}), 'sg-col-currency');
                cell(row, p + '.maxPurchaseAgeDays', self.text(rule, 'maxPurchaseAgeDays', p + '.maxPurchaseAgeDays', {kind: 'int', optional: true, label: T.maxAge}), 'sg-col-days');
                ['reasons', 'itemConditions', 'customerTiers'].forEach(function (key) {
                    cell(row, p + '.' + key, self.text(rule, key, p + '.' + key, {kind: 'list', optional: true, label: T[key], placeholder: T.commaList}), 'sg-col-list');
                });
            }));
        s.appendChild(this.addButton(T.preAdd, 'empowerment.preApprovals', function () {
            var all = list(e, 'preApprovals');
            all.push({name: '', action: choices.actions[0]});
            return 'empowerment.preApprovals[' + (all.length - 1) + '].name';
        }));
    };

    Editor.prototype.requestFields = function (c) {
        var self = this;
        var fields = c.empowerment.requestFields;
        if (!fields || typeof fields !== 'object') {
            return;
        }
        var s = section(this.container, 'sg-section-fields', T.fieldsTitle, T.fieldsHelp, 'empowerment.requestFields');
        var t = table('sg-fields-table', [T.field, T.fieldId]);
        Object.keys(fields).forEach(function (key) {
            var p = 'empowerment.requestFields.' + key;
            var row = SG.element('tr');
            row.appendChild(SG.element('th', null, key));
            cell(row, p, self.text(fields, key, p, {label: key}), 'sg-col-field-id');
            t.body.appendChild(row);
        });
        s.appendChild(t.table);
    };

    Editor.prototype.escalation = function (c) {
        var self = this;
        var esc = c.escalation;
        var s = section(this.container, 'sg-section-escalation', T.escTitle, T.escHelp, 'escalation');
        var top = SG.element('div', 'sg-stack sg-inline-fields');
        top.appendChild(stacked(T.priorities, 'escalation.priorities',
            this.text(esc, 'priorities', 'escalation.priorities', {kind: 'list', optional: true, placeholder: T.commaList})));
        top.appendChild(stacked(T.repeatWindow, 'escalation.repeatWindowDays',
            this.text(esc, 'repeatWindowDays', 'escalation.repeatWindowDays', {kind: 'int', optional: true, placeholder: '30'})));
        s.appendChild(top);

        s.appendChild(SG.element('h3', null, T.webhooks));
        s.appendChild(errorSlot('escalation.webhooks'));
        var hooks = esc.webhooks && typeof esc.webhooks === 'object' ? esc.webhooks : {};
        var names = Object.keys(hooks);
        var t = table('sg-webhooks-table', [T.webhookName, T.webhookUrl, '']);
        if (!names.length) {
            emptyRow(t, T.webhooksEmpty);
        }
        names.forEach(function (name, i) {
            var p = 'escalation.webhooks.' + name;
            var row = SG.element('tr', 'sg-webhook');
            var nameInput = document.createElement('input');
            nameInput.type = 'text';
            nameInput.className = 'text';
            nameInput.id = 'sg-field-escalation.webhooks#' + i;
            nameInput.value = name;
            nameInput.setAttribute('aria-label', T.webhookName);
            nameInput.addEventListener('change', function () {
                var renamed = nameInput.value.trim();
                if (!renamed || renamed === name || Object.prototype.hasOwnProperty.call(hooks, renamed)) {
                    nameInput.value = name;
                    return;
                }
                var next = {};
                Object.keys(hooks).forEach(function (key) {
                    next[key === name ? renamed : key] = hooks[key];
                });
                esc.webhooks = next;
                self.changed();
                self.model.redraw();
            });
            var nameCell = SG.element('td', 'sg-col-name');
            nameCell.appendChild(nameInput);
            row.appendChild(nameCell);
            cell(row, p, self.text(hooks, name, p, {label: T.webhookUrl, placeholder: 'https://'}), 'sg-col-url');
            self.removeCell(row, p + '#row', function () {
                delete hooks[name];
            });
            t.body.appendChild(row);
        });
        s.appendChild(t.table);
        s.appendChild(this.addButton(T.webhooksAdd, 'escalation.webhooks', function () {
            var all = object(esc, 'webhooks');
            var n = Object.keys(all).length + 1;
            while (Object.prototype.hasOwnProperty.call(all, 'webhook-' + n)) {
                n++;
            }
            all['webhook-' + n] = '';
            return 'escalation.webhooks.webhook-' + n;
        }));

        s.appendChild(SG.element('h3', null, T.rules));
        s.appendChild(errorSlot('escalation.rules'));
        var rules = Array.isArray(esc.rules) ? esc.rules : [];
        if (!rules.length) {
            s.appendChild(SG.element('p', 'sg-empty', T.rulesEmpty));
        }
        rules.forEach(function (rule, i) {
            s.appendChild(self.rule(esc, rules, rule, i));
        });
        s.appendChild(this.addButton(T.rulesAdd, 'escalation.rules', function () {
            var all = list(esc, 'rules');
            all.push({name: '', when: {author: 'customer', minSeverity: 'medium'}, then: {}});
            return 'escalation.rules[' + (all.length - 1) + '].name';
        }));
    };

    /** One part of a rule (its "when" or its "then"), titled, with a slot for errors about the part as a whole. */
    function part(className, path, title) {
        var column = SG.element('div', 'sg-stack ' + className);
        column.setAttribute('data-config-path', path);
        column.appendChild(SG.element('h4', null, title));
        column.appendChild(errorSlot(path));
        return column;
    }

    Editor.prototype.rule = function (esc, rules, rule, i) {
        var self = this;
        var p = 'escalation.rules[' + i + ']';
        var box = this.card('sg-rule', p, T.ruleName, rules, i, 'name', T.remove);

        var columns = SG.element('div', 'sg-rule-columns');
        var when = object(rule, 'when');
        var wp = p + '.when';
        var left = part('sg-rule-when', wp, T.when);
        left.appendChild(stacked(T.author, wp + '.author', this.choice(when, 'author', wp + '.author', 'authors', {none: T.anyAuthor})));
        left.appendChild(stacked(T.minSeverity, wp + '.minSeverity', this.choice(when, 'minSeverity', wp + '.minSeverity', 'severities')));
        left.appendChild(stacked(T.targets, wp + '.targets', this.checkGroup(when, 'targets', wp + '.targets', 'targets'), T.anyValue));
        left.appendChild(stacked(T.categories, wp + '.categories', this.checkGroup(when, 'categories', wp + '.categories', 'categories'), T.anyValue));
        left.appendChild(stacked(T.minOffences, wp + '.minEarlierOffences', this.text(when, 'minEarlierOffences', wp + '.minEarlierOffences', {kind: 'int', optional: true, placeholder: '0'})));
        columns.appendChild(left);

        var then = object(rule, 'then');
        var tp = p + '.then';
        var right = part('sg-rule-then', tp, T.then);
        var priorities = Array.isArray(esc.priorities) ? esc.priorities : [];
        right.appendChild(stacked(T.raisePriority, tp + '.raisePriority', this.select(then, 'raisePriority', tp + '.raisePriority', priorities, {none: T.none})));
        right.appendChild(this.reassign(then, tp + '.reassignTo'));
        right.appendChild(stacked(T.addWatchers, tp + '.addWatchers', this.text(then, 'addWatchers', tp + '.addWatchers', {kind: 'list', optional: true, placeholder: T.commaList})));
        right.appendChild(stacked(T.addLabels, tp + '.addLabels', this.text(then, 'addLabels', tp + '.addLabels', {kind: 'list', optional: true, placeholder: T.commaList})));
        right.appendChild(stacked(T.noteTemplate, tp + '.noteTemplate', this.text(then, 'noteTemplate', tp + '.noteTemplate', {optional: true})));
        right.appendChild(stacked(T.ruleWebhooks, tp + '.webhooks', this.text(then, 'webhooks', tp + '.webhooks', {kind: 'list', optional: true, placeholder: T.commaList})));
        var coaching = SG.element('div', 'field-group');
        coaching.setAttribute('data-config-path', tp + '.notifyLeadForCoaching');
        coaching.appendChild(this.checkbox(then, 'notifyLeadForCoaching', tp + '.notifyLeadForCoaching', T.coaching));
        coaching.appendChild(errorSlot(tp + '.notifyLeadForCoaching'));
        right.appendChild(coaching);
        columns.appendChild(right);
        box.appendChild(columns);
        return box;
    };

    /** Reassign to nobody, a named user or a project role: {"user": name} or {"role": name}. */
    Editor.prototype.reassign = function (then, path) {
        var self = this;
        var current = then.reassignTo && typeof then.reassignTo === 'object' ? then.reassignTo : null;
        var kind = current ? (Object.prototype.hasOwnProperty.call(current, 'user') ? 'user' : Object.prototype.hasOwnProperty.call(current, 'role') ? 'role' : '') : '';
        var wrap = SG.element('div', 'sg-reassign');
        var picker = SG.element('select', 'select');
        picker.id = 'sg-field-' + path;
        picker.appendChild(option('', T.none));
        picker.appendChild(option('user', T.reassignUser));
        picker.appendChild(option('role', T.reassignRole));
        picker.value = kind;
        var name = document.createElement('input');
        name.type = 'text';
        name.className = 'text';
        name.id = 'sg-field-' + path + '.name';
        name.setAttribute('aria-label', T.reassignTo);
        name.value = kind ? String(current[kind]) : '';
        name.disabled = !kind;
        var update = function () {
            if (!picker.value) {
                delete then.reassignTo;
            } else {
                var target = {};
                target[picker.value] = name.value;
                then.reassignTo = target;
            }
            name.disabled = !picker.value;
            self.changed();
        };
        picker.addEventListener('change', update);
        name.addEventListener('input', update);
        wrap.appendChild(picker);
        wrap.appendChild(name);
        return stacked(T.reassignTo, path, wrap);
    };

    Editor.prototype.lexicon = function (c) {
        var self = this;
        var choices = this.model.choices;
        var abuse = c.abuse;
        var s = section(this.container, 'sg-section-lexicon', T.lexTitle, T.lexHelp, 'abuse');
        s.appendChild(errorSlot('abuse.terms'));
        s.appendChild(errorSlot('abuse.allow'));
        choices.languages.forEach(function (language) {
            var box = SG.element('div', 'sg-lexicon sg-card');
            box.setAttribute('data-language', language);
            box.appendChild(SG.element('h3', null, self.labels('languages')[language] || language));
            var columns = SG.element('div', 'sg-lexicon-columns');
            var termsColumn = SG.element('div', 'sg-lexicon-terms');
            var tp = 'abuse.terms.' + language;
            var terms = abuse.terms && Array.isArray(abuse.terms[language]) ? abuse.terms[language] : [];
            termsColumn.appendChild(SG.element('h4', null, T.terms));
            termsColumn.appendChild(self.rowsTable('sg-terms-table', [T.term, T.category, T.aim, T.severity], terms, tp, 'sg-term', T.termsEmpty,
                function (row, term, p) {
                    cell(row, p + '.term', self.text(term, 'term', p + '.term', {label: T.term}), 'sg-col-term');
                    cell(row, p + '.category', self.choice(term, 'category', p + '.category', 'categories', {label: T.category}), 'sg-col-select');
                    cell(row, p + '.aim', self.choice(term, 'aim', p + '.aim', 'aims', {label: T.aim}), 'sg-col-select');
                    cell(row, p + '.severity', self.choice(term, 'severity', p + '.severity', 'severities', {label: T.severity}), 'sg-col-select');
                }));
            termsColumn.appendChild(errorSlot(tp));
            termsColumn.appendChild(self.addButton(T.termsAdd, tp, function () {
                var all = list(object(abuse, 'terms'), language);
                all.push({term: '', category: 'insult', aim: 'person', severity: 'medium'});
                return tp + '[' + (all.length - 1) + '].term';
            }));
            columns.appendChild(termsColumn);
            var allowColumn = SG.element('div', 'sg-stack sg-lexicon-allow');
            var ap = 'abuse.allow.' + language;
            var allow = object(abuse, 'allow');
            allowColumn.appendChild(stacked(T.allow, ap, self.text(allow, language, ap, {kind: 'lines', optional: true, rows: 4}), T.allowHelp));
            columns.appendChild(allowColumn);
            box.appendChild(columns);
            var suggested = SG.element('div', 'sg-suggestions');
            suggested.setAttribute('data-suggestions-for', language);
            box.appendChild(suggested);
            s.appendChild(box);
        });
        this.drawSuggestions();
    };

    /** When a suggestion was made, in the admin's browser time: 2026-11-20 10:14. */
    function shortTime(iso) {
        var d = new Date(iso);
        if (isNaN(d.getTime())) {
            return iso;
        }
        var two = function (n) {
            return (n < 10 ? '0' : '') + n;
        };
        return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
    }

    /**
     * Fills each language's "Suggested by leads" from model.suggestions (null: they could not be loaded). Add puts the
     * words on that language's allow-list in the form (model.added remembers it until the next load); Dismiss asks
     * model.dismiss, which reloads the suggestions.
     */
    Editor.prototype.drawSuggestions = function () {
        var self = this;
        var model = this.model;
        var abuse = model.config.abuse;
        var blocks = this.container.querySelectorAll('.sg-suggestions[data-suggestions-for]');
        Array.prototype.forEach.call(blocks, function (block) {
            var language = block.getAttribute('data-suggestions-for');
            block.textContent = '';
            block.appendChild(SG.element('h4', null, T.suggestedTitle));
            if (!model.suggestions) {
                block.appendChild(SG.element('p', 'sg-empty', T.suggestedFailed));
                return;
            }
            var mine = model.suggestions.filter(function (s) {
                return s.language === language;
            });
            if (!mine.length) {
                block.appendChild(SG.element('p', 'sg-empty', T.suggestedEmpty));
                return;
            }
            block.appendChild(SG.element('p', 'description', T.suggestedHelp));
            var t = table('sg-suggestions-table', [T.suggestedWords, T.suggestedRule, T.suggestedBy, T.suggestedAt, T.suggestedIssue, T.suggestedReports, '']);
            mine.forEach(function (s) {
                var row = SG.element('tr', 'sg-suggestion');
                row.setAttribute('data-term', s.term);
                var words = SG.element('td', 'sg-suggestion-words');
                words.appendChild(SG.element('code', null, s.term));
                row.appendChild(words);
                row.appendChild(SG.element('td', 'sg-suggestion-rule', s.rule || '\u2014'));
                var by = SG.element('td', 'sg-suggestion-by', s.reportedByName || s.reportedBy);
                by.title = s.reportedBy;
                row.appendChild(by);
                row.appendChild(SG.element('td', 'sg-suggestion-at', shortTime(s.reportedAt)));
                var issue = SG.element('td', 'sg-suggestion-issue');
                if (s.issueKey) {
                    var link = SG.element('a', null, s.issueKey);
                    link.href = (window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '') + '/browse/' + encodeURIComponent(s.issueKey);
                    issue.appendChild(link);
                }
                row.appendChild(issue);
                row.appendChild(SG.element('td', 'sg-suggestion-reports', String(s.reports)));
                var actions = SG.element('td', 'sg-row-actions');
                var key = language + ':' + s.term;
                if (model.added[key]) {
                    actions.appendChild(SG.element('span', 'aui-lozenge aui-lozenge-moved sg-suggestion-added', T.suggestedAdded));
                } else {
                    var add = SG.element('button', 'aui-button sg-suggestion-add', T.suggestedAdd);
                    add.type = 'button';
                    add.addEventListener('click', function () {
                        var all = list(object(abuse, 'allow'), language);
                        all.push(s.term);
                        model.added[key] = true;
                        var box = document.getElementById('sg-field-abuse.allow.' + language);
                        if (box) {
                            box.value = display(all, 'lines');
                        }
                        self.changed();
                        self.drawSuggestions();
                    });
                    actions.appendChild(add);
                    var dismiss = SG.element('button', 'aui-button aui-button-subtle sg-suggestion-dismiss', T.suggestedDismiss);
                    dismiss.type = 'button';
                    dismiss.addEventListener('click', function () {
                        dismiss.disabled = true;
                        model.dismiss(s).then(function (ok) {
                            if (!ok) {
                                dismiss.disabled = false;
                                actions.appendChild(SG.element('div', 'error', T.dismissFailed));
                            }
                        });
                    });
                    actions.appendChild(dismiss);
                }
                row.appendChild(actions);
                t.body.appendChild(row);
            });
            block.appendChild(t.table);
        });
    };

    /** Draws every editor for the document in model.config into container (emptied first). */
    SG.renderConfigEditors = function (container, model) {
        var c = model.config;
        GUARDRAILS.forEach(function (g) {
            object(c, g[0]);
        });
        container.textContent = '';
        var editor = new Editor(container, model);
        editor.modes(c);
        editor.macros(c);
        editor.roles(c);
        editor.preApprovals(c);
        editor.requestFields(c);
        editor.escalation(c);
        editor.lexicon(c);
        return editor;
    };
})(window, document);
