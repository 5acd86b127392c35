/*
 * The Chaos Day page's actions: preview and apply a new definition, publish the reviews. Calls the
 * plugin's REST resource with JSON (which Jira's XSRF check accepts with the no-check header) and
 * shows the answers with DOM text nodes only, so nothing from Jira or Confluence becomes markup.
 * Labels come from <template> elements the server rendered with i18n texts.
 */
(function (window, document) {
    'use strict';

    function format(pattern, values) {
        return pattern.replace(/\{(\d+)\}/g, function (whole, index) {
            return values[Number(index)] === undefined ? whole : String(values[Number(index)]);
        });
    }

    function cell(row, text) {
        var td = document.createElement('td');
        td.appendChild(text instanceof Node ? text : document.createTextNode(text == null ? '' : String(text)));
        row.appendChild(td);
        return td;
    }

    function link(text, url) {
        if (!url || !/^https?:\/\//.test(url)) {
            return document.createTextNode(text);
        }
        var a = document.createElement('a');
        a.href = url;
        a.textContent = text;
        return a;
    }

    function fromTemplate(id) {
        return document.importNode(document.getElementById(id).content, true);
    }

    function showError(target, message, authorisationUri) {
        target.textContent = '';
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-error';
        var p = document.createElement('p');
        p.textContent = message;
        box.appendChild(p);
        // Confluence wants the person to allow Jira first: offer the way there, an http(s) address only.
        if (authorisationUri && /^https?:\/\//i.test(authorisationUri)) {
            var go = document.createElement('a');
            go.className = 'aui-button chaosday-authorise';
            go.href = authorisationUri;
            go.textContent = target.getAttribute('data-text-authorise') || authorisationUri;
            var line = document.createElement('p');
            line.appendChild(go);
            box.appendChild(line);
        }
        target.appendChild(box);
    }

    /** Shows a failed call's answer (the resource's error body) in the result area {@code targetId}. */
    function showFailure(targetId, answer) {
        showError(document.getElementById(targetId), answer.message, answer.authorisationUri);
    }

    /** Shows a reschedule answer (dry run or applied) under the definition form. */
    function showReschedule(answer) {
        var target = document.getElementById('chaosday-reschedule-result');
        var parts = fromTemplate('chaosday-reschedule-template');
        var summary = parts.querySelector('.chaosday-summary');
        var pattern = answer.dryRun ? summary.getAttribute('data-text-preview') : summary.getAttribute('data-text-applied');
        var created = answer.dryRun ? (answer.wouldCreate || []) : (answer.created || []);
        var notInPlan = answer.notInPlan || [];
        summary.textContent = format(pattern, [answer.moves.length, answer.unchanged, answer.doneLeftAlone, created.length,
            notInPlan.length]);
        var mark = parts.querySelector('.chaosday-overdue-mark');
        var body = parts.querySelector('tbody');
        answer.moves.forEach(function (move) {
            var row = document.createElement('tr');
            cell(row, link(move.key, move.url));
            cell(row, move.summary);
            cell(row, move.from);
            cell(row, move.to);
            var last = cell(row, '');
            if (move.overdue) {
                last.appendChild(mark.cloneNode(true));
            }
            body.appendChild(row);
        });
        mark.remove();
        ticketList(parts.querySelector('.chaosday-created'), created, answer.dryRun);
        ticketList(parts.querySelector('.chaosday-not-in-plan'), notInPlan, answer.dryRun);
        target.textContent = '';
        target.appendChild(parts);
        var apply = document.querySelector('#chaosday-definition button[name=apply]');
        if (apply) {
            apply.disabled = !answer.dryRun || (answer.moves.length === 0 && created.length === 0);
        }
    }

    /** Fills a list of tickets (a link each, or a planned ticket's summary and date), or removes the part when there are none. */
    function ticketList(part, tickets, dryRun) {
        if (tickets.length === 0) {
            part.remove();
            return;
        }
        var heading = part.querySelector('h3');
        var text = heading.getAttribute(dryRun ? 'data-text-preview' : 'data-text-applied');
        if (text) {
            heading.textContent = text;
        }
        var list = part.querySelector('ul');
        tickets.forEach(function (ticket) {
            var item = document.createElement('li');
            if (ticket.key) {
                item.appendChild(link(ticket.key, ticket.url));
                item.appendChild(document.createTextNode(' '));
            }
            item.appendChild(document.createTextNode(ticket.summary + (ticket.due ? ' (' + ticket.due + ')' : '')));
            list.appendChild(item);
        });
    }

    /** Shows what a publish did to each page, and the improvement tickets it created. */
    function showPublish(answer) {
        var target = document.getElementById('chaosday-publish-result');
        var parts = fromTemplate('chaosday-publish-template');
        var lozenges = {};
        Array.prototype.forEach.call(parts.querySelectorAll('[data-action]'), function (lozenge) {
            lozenges[lozenge.getAttribute('data-action')] = lozenge;
            lozenge.remove();
        });
        var body = parts.querySelector('tbody');
        answer.pages.forEach(function (page) {
            var row = document.createElement('tr');
            cell(row, link(page.title, page.url));
            var lozenge = lozenges[page.action].cloneNode(true);
            lozenge.textContent = format(lozenge.textContent, [page.editedBy || '']);
            cell(row, lozenge);
            body.appendChild(row);
        });
        var improvements = parts.querySelector('.chaosday-improvements');
        if (answer.improvementsCreated.length > 0) {
            improvements.textContent = format(improvements.getAttribute('data-text'),
                [answer.improvementsCreated.map(function (i) { return i.key; }).join(', ')]);
        } else {
            improvements.remove();
        }
        target.textContent = '';
        target.appendChild(parts);
    }

    function definitionFrom(form) {
        function lines(name) {
            return form.elements[name].value.split('\n').map(function (l) { return l.trim(); }).filter(Boolean);
        }
        return {
            name: form.elements.name.value.trim(),
            chaosDay: form.elements.chaosDay.value,
            days: Number(form.elements.days.value),
            teams: lines('teams'),
            holidays: lines('holidays'),
            weekend: Array.prototype.filter.call(form.querySelectorAll('input[name=weekend]'), function (box) {
                return box.checked;
            }).map(function (box) { return box.value; })
        };
    }

    function call(method, url, body) {
        return window.fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                if (!response.ok) {
                    var failure = new Error(json.message || String(response.status));
                    failure.authorisationUri = json.authorisationUri;
                    throw failure;
                }
                return json;
            });
        });
    }

    function wire() {
        var page = document.getElementById('chaosday-page');
        if (!page) {
            return;
        }
        var rest = page.getAttribute('data-rest');
        var form = document.getElementById('chaosday-definition');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                call('POST', rest + '/reschedule?dryRun=true', definitionFrom(form)).then(showReschedule, function (e) {
                    showError(document.getElementById('chaosday-reschedule-result'), e.message);
                });
            });
            form.querySelector('button[name=apply]').addEventListener('click', function () {
                call('PUT', rest + '/definition', definitionFrom(form)).then(showReschedule, function (e) {
                    showError(document.getElementById('chaosday-reschedule-result'), e.message);
                });
            });
        }
        // A Chaos Day cut short is finished by saving its definition as it stands: the save creates what is missing.
        var finish = document.getElementById('chaosday-finish');
        if (finish && form) {
            finish.addEventListener('click', function () {
                finish.disabled = true;
                call('PUT', rest + '/definition', definitionFrom(form)).then(function (answer) {
                    showReschedule(answer);
                    var notice = document.getElementById('chaosday-unfinished');
                    if (notice && (answer.created || []).length > 0) {
                        notice.remove();
                    }
                }, function (e) {
                    finish.disabled = false;
                    showError(document.getElementById('chaosday-reschedule-result'), e.message);
                });
            });
        }
        var publish = document.getElementById('chaosday-publish-form');
        if (publish) {
            publish.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = {spaceKey: publish.elements.spaceKey.value.trim()};
                if (publish.elements.parentId.value.trim()) {
                    body.parentId = publish.elements.parentId.value.trim();
                }
                call('POST', rest + '/publish', body).then(showPublish, function (e) {
                    showError(document.getElementById('chaosday-publish-result'), e.message, e.authorisationUri);
                });
            });
        }
    }

    window.ChaosDayPage = {showReschedule: showReschedule, showPublish: showPublish, showFailure: showFailure};
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', wire);
    } else {
        wire();
    }
}(window, document));
