/*
 * The Chaos Day page's actions: preview and apply a new definition, publish the reviews, show the
 * go / no-go checklist, and run the day (start, log, stop and halt experiments). Calls the
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


    /** Shows the go / no-go checklist: the verdict, then each check with what stands in its way and what to do. */
    function showReady(answer) {
        var target = document.getElementById('chaosday-ready-result');
        if (!target) {
            return;
        }
        var parts = fromTemplate('chaosday-ready-template');
        Array.prototype.forEach.call(parts.querySelectorAll('.chaosday-verdict [data-go]'), function (lozenge) {
            if (lozenge.getAttribute('data-go') !== String(answer.go)) {
                lozenge.remove();
            }
        });
        var marks = {};
        Array.prototype.forEach.call(parts.querySelectorAll('.chaosday-check-mark'), function (mark) {
            marks[mark.getAttribute('data-passed')] = mark;
            mark.remove();
        });
        var todo = parts.querySelector('.chaosday-todo');
        todo.remove();
        var list = parts.querySelector('.chaosday-checks');
        answer.checks.forEach(function (check) {
            var item = document.createElement('li');
            item.className = check.passed ? 'chaosday-check-ok' : 'chaosday-check-not-ok';
            item.setAttribute('data-check', check.check);
            item.appendChild(marks[String(check.passed)].cloneNode(true));
            item.appendChild(document.createTextNode(' '));
            var title = document.createElement('strong');
            title.textContent = check.title;
            item.appendChild(title);
            if (check.problems.length > 0) {
                var problems = document.createElement('ul');
                check.problems.forEach(function (problem) {
                    var line = document.createElement('li');
                    line.textContent = problem;
                    problems.appendChild(line);
                });
                item.appendChild(problems);
            }
            if (check.toDo) {
                var what = todo.cloneNode(false);
                what.textContent = format(todo.getAttribute('data-text'), [check.toDo]);
                item.appendChild(what);
            }
            list.appendChild(item);
        });
        target.textContent = '';
        target.appendChild(parts);
    }

    /**
     * Shows the day: a row per experiment with its state, its log so far and, for those the reader
     * may run, the buttons for what can happen next. {@code send(key, entry, form)} writes an entry.
     */
    function showDay(day, send) {
        var board = document.getElementById('chaosday-day-board');
        if (!board) {
            return;
        }
        var help = document.querySelector('#chaosday-day .chaosday-day-help');
        help.textContent = format(help.getAttribute('data-text'), [day.zone]);
        var parts = fromTemplate('chaosday-day-template');
        var texts = parts.querySelector('.chaosday-day-texts');
        texts.remove();
        var states = {};
        Array.prototype.forEach.call(parts.querySelectorAll('[data-state]'), function (lozenge) {
            states[lozenge.getAttribute('data-state')] = lozenge;
            lozenge.remove();
        });
        var kinds = {};
        Array.prototype.forEach.call(parts.querySelectorAll('[data-kind]'), function (label) {
            kinds[label.getAttribute('data-kind')] = label.textContent;
            label.remove();
        });
        var readOnly = parts.querySelector('.chaosday-readonly');
        readOnly.remove();
        var formTemplate = parts.querySelector('.chaosday-log-form');
        formTemplate.remove();
        parts.querySelector('.chaosday-force').remove();
        var body = parts.querySelector('tbody');
        day.experiments.forEach(function (experiment) {
            var row = document.createElement('tr');
            row.setAttribute('data-key', experiment.key);
            row.className = 'chaosday-run-' + experiment.state;
            cell(row, link(experiment.key, experiment.url));
            var what = cell(row, experiment.title);
            var owner = document.createElement('div');
            owner.className = 'chaosday-quiet';
            owner.textContent = [experiment.owner, experiment.environment].filter(Boolean).join(' \u00b7 ');
            what.appendChild(owner);
            var state = cell(row, states[experiment.state].cloneNode(true));
            if (experiment.since) {
                var since = document.createElement('div');
                since.className = 'chaosday-since';
                since.textContent = format(texts.getAttribute(experiment.state === 'running' ? 'data-since' : 'data-ran'),
                    [experiment.since, experiment.minutes]);
                state.appendChild(since);
            }
            var log = cell(row, '');
            var entries = document.createElement('ol');
            entries.className = 'chaosday-entries';
            experiment.entries.forEach(function (entry) {
                var line = document.createElement('li');
                line.setAttribute('data-kind', entry.kind);
                var time = document.createElement('time');
                time.setAttribute('datetime', entry.at);
                time.textContent = entry.time;
                line.appendChild(time);
                var kind = document.createElement('strong');
                kind.textContent = ' ' + (kinds[entry.kind] || entry.kind);
                line.appendChild(kind);
                if (entry.text) {
                    line.appendChild(document.createTextNode(' ' + entry.text));
                }
                if (entry.author) {
                    var who = document.createElement('span');
                    who.className = 'chaosday-quiet';
                    who.textContent = ' ' + format(texts.getAttribute('data-by'), [entry.author]);
                    line.appendChild(who);
                }
                entries.appendChild(line);
            });
            log.appendChild(entries);
            if (experiment.putBack) {
                var back = document.createElement('p');
                back.className = 'chaosday-put-back';
                back.textContent = format(texts.getAttribute('data-put-back'), [experiment.putBack]);
                log.appendChild(back);
            }
            var actions = cell(row, '');
            if (experiment.state === 'not-started' || experiment.state === 'running') {
                if (experiment.mayWrite) {
                    actions.appendChild(logForm(formTemplate, experiment, texts, send));
                } else {
                    actions.appendChild(readOnly.cloneNode(true));
                }
            }
            body.appendChild(row);
        });
        board.textContent = '';
        board.appendChild(parts);
    }

    /** The buttons of one experiment: Start before it runs; an entry's kind and text, Log, Stop and Halt while it runs. */
    function logForm(template, experiment, texts, send) {
        var form = template.cloneNode(true);
        form.querySelector(experiment.state === 'running' ? '.chaosday-when-started' : '.chaosday-when-running').remove();
        function entry(kind) {
            var at = form.elements.at.value;
            var text = form.elements.text ? form.elements.text.value.trim() : '';
            var wanted = {kind: kind};
            if (text && kind !== 'start' && kind !== 'stop') {
                wanted.text = text;
            }
            if (at) {
                wanted.at = at;
            }
            return wanted;
        }
        function needing(kind, attribute) {
            if (!form.elements.text.value.trim()) {
                showError(document.getElementById('chaosday-day-result'), texts.getAttribute(attribute));
                form.elements.text.focus();
                return;
            }
            send(experiment.key, entry(kind), form);
        }
        if (experiment.state === 'running') {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                needing(form.elements.kind.value, 'data-needs-text');
            });
            form.querySelector('button[name=stop]').addEventListener('click', function () {
                send(experiment.key, entry('stop'), form);
            });
            form.querySelector('button[name=halt]').addEventListener('click', function () {
                needing('halt', 'data-needs-reason');
            });
        } else {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
            });
            form.querySelector('button[name=start]').addEventListener('click', function () {
                send(experiment.key, entry('start'), form);
            });
        }
        return form;
    }

    /** Says in the panel what a write did: written, or already there. */
    function showWritten(written) {
        var target = document.getElementById('chaosday-day-result');
        var texts = fromTemplate('chaosday-day-template').querySelector('.chaosday-day-texts');
        var kind = fromTemplate('chaosday-day-template').querySelector('[data-kind="' + written.kind + '"]');
        var p = document.createElement('p');
        p.className = 'chaosday-written';
        p.textContent = format(texts.getAttribute(written.alreadyThere ? 'data-already' : 'data-written'),
            [written.key, kind ? kind.textContent : written.kind, written.time]);
        target.textContent = '';
        target.appendChild(p);
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
                    failure.status = response.status;
                    throw failure;
                }
                return json;
            });
        });
    }

    /** How often the day is read again while the page is open, so each Agent sees the others' entries. */
    var DAY_REFRESH_MS = 30000;

    /** Reads the checklist and the day, and writes run log entries; the panel is redrawn from each answer. */
    function wireDay(rest) {
        if (document.getElementById('chaosday-ready')) {
            call('GET', rest + '/ready').then(showReady, function (e) {
                showError(document.getElementById('chaosday-ready-result'), e.message);
            });
        }
        if (!document.getElementById('chaosday-day')) {
            return;
        }
        var result = document.getElementById('chaosday-day-result');
        function send(key, entry, form) {
            Array.prototype.forEach.call(form.querySelectorAll('button'), function (button) { button.disabled = true; });
            call('POST', rest + '/experiments/{issueKey}/log'.replace('{issueKey}', encodeURIComponent(key)), entry).then(function (answer) {
                showDay(answer.day, send);
                showWritten(answer.written);
            }, function (e) {
                Array.prototype.forEach.call(form.querySelectorAll('button'), function (button) { button.disabled = false; });
                showError(result, e.message);
                // An isolated experiment refused while another runs: offer to start it all the same, which the entry records.
                if (entry.kind === 'start' && e.status === 409 && !entry.force) {
                    var force = fromTemplate('chaosday-day-template').querySelector('.chaosday-force');
                    force.addEventListener('click', function () {
                        entry.force = true;
                        send(key, entry, form);
                    });
                    result.querySelector('.aui-message').appendChild(force);
                }
            });
        }
        function read() {
            call('GET', rest + '/day').then(function (day) { showDay(day, send); }, function (e) { showError(result, e.message); });
        }
        read();
        // Read again now and then, but never under a person typing an entry.
        window.setInterval(function () {
            var typing = Array.prototype.some.call(document.querySelectorAll('#chaosday-day-board input'), function (input) {
                return input.value !== '' || input === document.activeElement;
            });
            if (!typing && !document.hidden) {
                read();
            }
        }, DAY_REFRESH_MS);
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
        wireDay(rest);
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

    window.ChaosDayPage = {showReschedule: showReschedule, showPublish: showPublish, showFailure: showFailure, showReady: showReady,
        showDay: function (day) { showDay(day, function () {}); }, showWritten: showWritten};
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', wire);
    } else {
        wire();
    }
}(window, document));
