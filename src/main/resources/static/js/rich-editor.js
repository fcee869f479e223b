// A small rich-text editor for plan and report bodies: paragraphs, bold, italic, underline, lists. It edits a
// contenteditable copy of the textarea's HTML and writes it back before the form is sent; the server sanitises it.
// Without script the textarea stays and plain text is accepted.
(function () {
    'use strict';

    const COMMANDS = [
        ['bold', 'B', 'labelBold'],
        ['italic', 'I', 'labelItalic'],
        ['underline', 'U', 'labelUnderline'],
        ['insertUnorderedList', '•', 'labelBullets'],
        ['insertOrderedList', '1.', 'labelNumbers']
    ];

    function setup(textarea) {
        const wrapper = document.createElement('div');
        wrapper.className = 'rich-editor border rounded';
        const toolbar = document.createElement('div');
        toolbar.className = 'rich-editor-toolbar btn-toolbar p-1 border-bottom bg-light';
        toolbar.setAttribute('role', 'toolbar');
        const area = document.createElement('div');
        area.className = 'rich-editor-area p-2';
        area.contentEditable = 'true';
        area.setAttribute('role', 'textbox');
        area.setAttribute('aria-multiline', 'true');
        const label = document.querySelector('label[for="' + textarea.id + '"]');
        if (label) {
            label.id = label.id || textarea.id + '-label';
            area.setAttribute('aria-labelledby', label.id);
            label.addEventListener('click', function () { area.focus(); });
        }
        area.innerHTML = textarea.value.indexOf('<') >= 0 ? textarea.value
            : textarea.value.split(/\n+/).filter(Boolean).map(function (line) {
                const p = document.createElement('p');
                p.textContent = line;
                return p.outerHTML;
            }).join('');
        COMMANDS.forEach(function (command) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-sm btn-outline-secondary me-1';
            button.textContent = command[1];
            const name = textarea.dataset[command[2]] || command[0];
            button.title = name;
            button.setAttribute('aria-label', name);
            button.addEventListener('click', function () {
                area.focus();
                document.execCommand(command[0], false, null);
                sync();
            });
            toolbar.appendChild(button);
        });
        function sync() {
            textarea.value = area.innerHTML;
        }
        area.addEventListener('input', sync);
        area.addEventListener('paste', function (event) {
            // Pasted Word markup carries styles and fonts the document does not want: keep the text only.
            event.preventDefault();
            const text = (event.clipboardData || window.clipboardData).getData('text/plain');
            document.execCommand('insertText', false, text);
        });
        textarea.form && textarea.form.addEventListener('submit', sync);
        wrapper.appendChild(toolbar);
        wrapper.appendChild(area);
        textarea.hidden = true;
        textarea.parentNode.insertBefore(wrapper, textarea.nextSibling);
    }

    document.querySelectorAll('textarea[data-rich-editor]').forEach(setup);

    // A switch that shows or hides a group of fields (the task part of a section).
    document.querySelectorAll('[data-toggle-target]').forEach(function (toggle) {
        const target = document.getElementById(toggle.dataset.toggleTarget);
        if (!target) return;
        const apply = function () { target.hidden = !toggle.checked; };
        toggle.addEventListener('change', apply);
        apply();
    });
})();
