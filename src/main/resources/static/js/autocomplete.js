// Search-as-you-type for inputs marked data-autocomplete="/api/…": shows matches under the input, keyboard and mouse,
// and writes the chosen item's value into the hidden input named by data-target. Used by unit and agency pickers.
(function () {
    'use strict';

    function debounce(fn, ms) {
        let timer;
        return function () {
            const args = arguments;
            clearTimeout(timer);
            timer = setTimeout(function () { fn.apply(null, args); }, ms);
        };
    }

    function setup(input) {
        const url = input.dataset.autocomplete;
        const target = input.dataset.target ? document.getElementById(input.dataset.target) : null;
        const valueField = input.dataset.value || 'id';
        const labelFields = (input.dataset.label || 'name').split(',');
        const list = document.createElement('ul');
        list.className = 'list-group autocomplete-list shadow-sm';
        list.id = input.id + '-options';
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        input.parentNode.appendChild(list);
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('autocomplete', 'off');
        let items = [];
        let active = -1;

        function label(item) {
            return labelFields.map(function (f) { return item[f]; }).filter(Boolean).join(' — ');
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            active = -1;
        }

        function choose(index) {
            const item = items[index];
            if (!item) return;
            if (input.dataset.chips) {
                addChip(item);
                input.value = '';
                close();
                return;
            }
            input.value = label(item);
            if (target) {
                target.value = item[valueField];
                target.dispatchEvent(new Event('change', {bubbles: true}));
            }
            input.dispatchEvent(new CustomEvent('autocomplete:chosen', {detail: item, bubbles: true}));
            close();
        }

        // Multiple choice: each chosen item becomes a chip with hidden inputs the form sends.
        function addChip(item) {
            const box = document.getElementById(input.dataset.chips);
            const value = String(item[valueField]);
            const existing = box.querySelectorAll('input[name="' + input.dataset.chipName + '"]');
            for (let i = 0; i < existing.length; i++) if (existing[i].value === value) return;
            const chip = document.createElement('span');
            chip.className = 'badge text-bg-secondary agency-chip'
                + (input.dataset.chipClass ? ' ' + input.dataset.chipClass : '');
            const id = document.createElement('input');
            id.type = 'hidden';
            id.name = input.dataset.chipName;
            id.value = value;
            chip.appendChild(id);
            if (input.dataset.chipLabelName) {
                const name = document.createElement('input');
                name.type = 'hidden';
                name.name = input.dataset.chipLabelName;
                name.value = label(item);
                chip.appendChild(name);
            }
            const text = document.createElement('span');
            text.textContent = label(item);
            chip.appendChild(text);
            const remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'btn-close btn-close-white ms-1 chip-remove';
            remove.setAttribute('aria-label', input.dataset.removeLabel || 'x');
            chip.appendChild(remove);
            box.appendChild(chip);
        }

        function render() {
            list.innerHTML = '';
            items.forEach(function (item, index) {
                const li = document.createElement('li');
                li.className = 'list-group-item list-group-item-action' + (index === active ? ' active' : '');
                li.id = list.id + '-' + index;
                li.setAttribute('role', 'option');
                li.textContent = label(item);
                li.addEventListener('mousedown', function (e) {
                    e.preventDefault();
                    choose(index);
                });
                list.appendChild(li);
            });
            list.hidden = items.length === 0;
            input.setAttribute('aria-expanded', String(items.length > 0));
            if (active >= 0) input.setAttribute('aria-activedescendant', list.id + '-' + active);
        }

        const search = debounce(function () {
            const q = input.value.trim();
            if (q.length < 2) {
                items = [];
                render();
                return;
            }
            const sep = url.indexOf('?') >= 0 ? '&' : '?';
            // Read at each search: a page may change the filters after set-up (a date typed elsewhere on the form).
            const extraParams = input.dataset.params || '';
            fetch(url + sep + 'size=10&q=' + encodeURIComponent(q) + (extraParams ? '&' + extraParams : ''),
                {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                .then(function (r) { return r.ok ? r.json() : {content: []}; })
                .then(function (data) {
                    items = data.content || [];
                    active = -1;
                    render();
                })
                .catch(function () { items = []; render(); });
        }, 200);

        input.addEventListener('input', function () {
            if (target) target.value = '';
            search();
        });
        input.addEventListener('keydown', function (e) {
            if (list.hidden) return;
            if (e.key === 'ArrowDown') { active = Math.min(active + 1, items.length - 1); render(); e.preventDefault(); }
            else if (e.key === 'ArrowUp') { active = Math.max(active - 1, 0); render(); e.preventDefault(); }
            else if (e.key === 'Enter' && active >= 0) { choose(active); e.preventDefault(); }
            else if (e.key === 'Escape') { close(); }
        });
        input.addEventListener('blur', function () { setTimeout(close, 150); });
    }

    document.querySelectorAll('input[data-autocomplete]').forEach(setup);
    document.addEventListener('click', function (event) {
        if (event.target.classList.contains('chip-remove')) event.target.closest('.agency-chip').remove();
    });
    window.appAutocomplete = setup;
})();
