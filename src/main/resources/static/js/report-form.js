// The report form. Its text is sent form-encoded and never carries files: chosen files go first, one request each, to
// the form "report-files"; the answer (the list of files, with what became of each) replaces the list in place. A
// refused file stops the sending and says so, the text staying on the page. The text is checked against the server's
// limits before it is sent. Files over the size limit are refused when chosen, and leaving the page with changes not
// saved asks first.
(function () {
    'use strict';

    const form = document.querySelector('form.report-form');
    if (!form) return;
    const filesForm = document.getElementById('report-files');
    const input = document.getElementById('files');
    const problem = document.getElementById('report-form-problem');

    function say(target, kind, text) {
        const note = document.createElement('div');
        note.className = 'alert py-2 px-3 small mb-2 alert-' + kind;
        note.setAttribute('role', kind === 'danger' ? 'alert' : 'status');
        note.textContent = text;
        target.appendChild(note);
    }

    function fill(template, value) {
        return template.replace('{0}', value);
    }

    if (input) {
        input.addEventListener('change', function () {
            const max = Number(input.dataset.maxBytes);
            const tooLarge = Array.from(input.files).filter(function (f) { return f.size > max; });
            if (tooLarge.length > 0) {
                window.alert(input.dataset.tooLarge + '\n' + tooLarge.map(function (f) { return f.name; }).join('\n'));
                input.value = '';
            }
        });
    }

    /** Sends the chosen files one by one; true when every one was stored. */
    async function upload() {
        const files = Array.from(input.files);
        const outcome = document.getElementById('attachment-outcome');
        outcome.replaceChildren();
        const notes = [];
        let list = null;
        let stored = true;
        for (const file of files) {
            say(outcome, 'info', fill(input.dataset.uploading, file.name));
            const body = new FormData();
            body.append('files', file, file.name);
            let answer = null;
            let text = '';
            try {
                answer = await fetch(filesForm.action, {
                    method: 'POST', body: body, credentials: 'same-origin',
                    headers: Object.assign({'X-Requested-With': 'fetch'}, window.appCsrfHeaders())
                });
                text = await answer.text();
            } catch (e) {
                answer = null;
            }
            const type = answer ? (answer.headers.get('Content-Type') || '') : '';
            const page = type.startsWith('text/html')
                ? new DOMParser().parseFromString(text, 'text/html').getElementById('attachment-files') : null;
            if (page) {
                list = page;
                page.querySelectorAll('#attachment-outcome > .alert').forEach(function (n) { notes.push(n); });
            } else {
                const note = document.createElement('div');
                say(note, 'danger', type.startsWith('text/plain') && text ? text : fill(input.dataset.failed, file.name));
                notes.push(note.firstChild);
            }
            if (!answer || !answer.ok) stored = false;
        }
        if (list) document.getElementById('attachment-files').replaceWith(document.adoptNode(list));
        document.getElementById('attachment-outcome').replaceChildren(...notes);
        input.value = '';
        return stored;
    }

    let busy = false;

    function setBusy(on) {
        busy = on;
        form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.classList.toggle('disabled', on); });
    }

    if (filesForm && input) {
        filesForm.addEventListener('submit', async function (event) {
            event.preventDefault();
            if (busy) return;
            if (input.files.length === 0) {
                const outcome = document.getElementById('attachment-outcome');
                outcome.replaceChildren();
                say(outcome, 'warning', input.dataset.noneChosen);
                return;
            }
            setBusy(true);
            try {
                await upload();
            } finally {
                setBusy(false);
            }
        });
    }

    function showProblem(text) {
        problem.replaceChildren();
        say(problem, 'danger', text);
        problem.firstChild.tabIndex = -1;
        problem.firstChild.focus();
    }

    /** The text as the browser will send it: its size once form-encoded, and its number of fields. */
    function tooLarge(submitter) {
        const data = new FormData(form);
        if (submitter && submitter.name) data.append(submitter.name, submitter.value);
        let fields = 0;
        data.forEach(function () { fields++; });
        const bytes = new URLSearchParams(data).toString().length;
        return bytes > Number(form.dataset.maxBytes) || fields > Number(form.dataset.maxFields);
    }

    /** Sends the form again as the button pressed would have; a button replaced meanwhile is sent as a field. */
    function resubmit(submitter) {
        if (!submitter || submitter.form === form) {
            form.requestSubmit(submitter || null);
            return;
        }
        const field = document.createElement('input');
        field.type = 'hidden';
        field.name = submitter.name;
        field.value = submitter.value;
        form.appendChild(field);
        form.requestSubmit();
    }

    // On the form, before app.js's confirmation on the document: a form held back here is not confirmed twice.
    form.addEventListener('submit', async function (event) {
        problem.replaceChildren();
        const submitter = event.submitter;
        if (busy) {
            event.preventDefault();
            event.stopPropagation();
            return;
        }
        if (input && input.files.length > 0) {
            event.preventDefault();
            event.stopPropagation();
            setBusy(true);
            let stored;
            try {
                stored = await upload();
            } finally {
                setBusy(false);
            }
            if (stored) resubmit(submitter);
            else showProblem(form.dataset.filesRefused);
            return;
        }
        if (tooLarge(submitter)) {
            event.preventDefault();
            event.stopPropagation();
            showProblem(form.dataset.tooLarge);
        }
    });

    let dirty = false;
    form.addEventListener('input', function () { dirty = true; });
    // On the document, after app.js's confirmation: a cancelled confirmation keeps the warning.
    document.addEventListener('submit', function (event) {
        if (event.target === form && !event.defaultPrevented) dirty = false;
    });
    window.addEventListener('beforeunload', function (event) {
        if (dirty) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();
