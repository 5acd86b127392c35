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

    /** Shows how far the project's background task has got, or nothing once it is done. */
    function showTask(task) {
        var box = document.getElementById('chaosday-task');
        if (!box) {
            return;
        }
        box.textContent = '';
        if (!task || task.state !== 'RUNNING') {
            box.hidden = true;
            return;
        }
        var line = document.createElement('p');
        line.className = 'title';
        line.textContent = task.total > 0 && task.step
            ? format(box.getAttribute('data-text-running'), [task.step, task.done, task.total])
            : box.getAttribute('data-text-starting');
        box.appendChild(line);
        var bar = document.createElement('progress');
        bar.max = Math.max(task.total, 1);
        bar.value = Math.min(task.done, bar.max);
        box.appendChild(bar);
        var away = document.createElement('p');
        away.textContent = box.getAttribute('data-text-away');
        box.appendChild(away);
        box.hidden = false;
    }

    /** Shows what a finished task answered, where its call would have shown it. */
    function showTaskAnswer(task) {
        var target = task.kind === 'publish' ? 'chaosday-publish-result' : 'chaosday-reschedule-result';
        if (!document.getElementById(target) || !task.answer) {
            return;
        }
        if (task.answer.status >= 200 && task.answer.status < 300) {
            (task.kind === 'publish' ? showPublish : showReschedule)(task.answer.body);
        } else {
            showFailure(target, task.answer.body);
        }
    }

    /** Follows the project's task until it is done: its progress meanwhile, then its answer. */
    function follow(task) {
        showTask(task);
        if (!task) {
            return;
        }
        if (task.state !== 'RUNNING') {
            showTaskAnswer(task);
            return;
        }
        window.setTimeout(function () {
            call('GET', rest + '/task').then(function (answer) {
                follow(answer.task);
            }, function () {
                window.setTimeout(function () { follow(task); }, 2000);
            });
        }, 1000);
    }

    /**
     * A save or a publish: answered at once when the work was quick, else with the task it became
     * (202), which is then followed; a busy project's answer carries the task running, followed too.
     */
    function longCall(method, url, body, show, targetId) {
        return window.fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                if (response.status === 202) {
                    follow(json.task);
                } else if (response.ok) {
                    show(json);
                } else {
                    showFailure(targetId, {message: json.message || String(response.status), authorisationUri: json.authorisationUri});
                    if (json.task) {
                        follow(json.task);
                    }
                }
                return response.ok;
            });
        }, function (e) {
            showError(document.getElementById(targetId), e.message);
            return false;
        });
    }

    /** The page's REST base, /rest/chaosday/1.0/project/KEY relative to Jira's context path; set when the page is wired. */
    var rest;

    function wire() {
        var page = document.getElementById('chaosday-page');
        if (!page) {
            return;
        }
        rest = page.getAttribute('data-rest');
        var form = document.getElementById('chaosday-definition');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                call('POST', rest + '/reschedule?dryRun=true', definitionFrom(form)).then(showReschedule, function (e) {
                    showError(document.getElementById('chaosday-reschedule-result'), e.message);
                });
            });
            form.querySelector('button[name=apply]').addEventListener('click', function () {
                longCall('PUT', rest + '/definition', definitionFrom(form), showReschedule, 'chaosday-reschedule-result');
            });
        }
        // A Chaos Day cut short is finished by saving its definition as it stands: the save creates what is missing.
        var finish = document.getElementById('chaosday-finish');
        if (finish && form) {
            finish.addEventListener('click', function () {
                finish.disabled = true;
                longCall('PUT', rest + '/definition', definitionFrom(form), function (answer) {
                    showReschedule(answer);
                    var notice = document.getElementById('chaosday-unfinished');
                    if (notice && (answer.created || []).length > 0) {
                        notice.remove();
                    }
                }, 'chaosday-reschedule-result').then(function (ok) {
                    finish.disabled = ok;
                });
            });
        }
        // A save or a publish still running when the page was (re)loaded is followed to its end.
        if (document.getElementById('chaosday-task')) {
            call('GET', rest + '/task').then(function (answer) {
                if (answer.task && answer.task.state === 'RUNNING') {
                    follow(answer.task);
                }
            }, function () { });
        }
        var publish = document.getElementById('chaosday-publish-form');
        if (publish) {
            publish.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = {spaceKey: publish.elements.spaceKey.value.trim()};
                if (publish.elements.parentId.value.trim()) {
                    body.parentId = publish.elements.parentId.value.trim();
                }
                longCall('POST', rest + '/publish', body, showPublish, 'chaosday-publish-result');
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
