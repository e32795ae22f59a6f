/*
 * Service Guardrails guidance panel: "Insert" puts the suggested opener at the top of the reply box; a lead's
 * "Not abuse" records the false positive with the allow-list entries it suggests.
 */
(function (window, document) {
    'use strict';
    var SG = window.ServiceGuardrails;

    document.addEventListener('click', function (event) {
        var insert = event.target.closest && event.target.closest('.sg-insert-opener');
        if (insert) {
            event.preventDefault();
            var opener = insert.getAttribute('data-opener');
            // opens JSM's collapsed reply box (or Jira's comment form) first; textarea or rich text editor
            SG.insertAtTop(opener).then(function (inserted) {
                if (!inserted) {
                    window.console.warn('Service Guardrails: no reply box to insert the opener into');
                }
            });
            return;
        }
        var report = event.target.closest && event.target.closest('.sg-not-abuse');
        if (report) {
            event.preventDefault();
            report.disabled = true;
            SG.request('POST', 'false-positive', {
                issueKey: SG.issueKey() || '',
                commentId: report.getAttribute('data-comment-id'),
                terms: report.getAttribute('data-terms') || ''
            }, 5000).then(function (answer) {
                var ok = answer.status === 200;
                var note = SG.element('span', ok ? 'sg-reported' : 'sg-report-failed', (ok ? AJS.I18n.getText('service-guardrails.panel.abuse.reported') : AJS.I18n.getText('service-guardrails.panel.abuse.report-failed')));
                report.parentNode.replaceChild(note, report);
            }, function () {
                report.disabled = false;
            });
        }
    });
})(window, document);
