// The reorganisation form: the unit pickers search the units valid on the right day (the units that end on the day
// before the date, successors and parents on the date itself), and rows describing new units are added and removed.
(function () {
    'use strict';

    const form = document.getElementById('reorganisation-form');
    if (!form) return;

    function iso(date) {
        return date.getFullYear() + '-' + String(date.getMonth() + 1).padStart(2, '0') + '-'
            + String(date.getDate()).padStart(2, '0');
    }

    // dd/MM/yyyy as officials type it; null when it is not a real date.
    function parse(text) {
        const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
        if (!m) return null;
        const date = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
        return date.getDate() === Number(m[1]) && date.getMonth() === Number(m[2]) - 1 ? date : null;
    }

    function withAt(params, at) {
        const rest = (params || '').split('&').filter(function (p) { return p && p.indexOf('at=') !== 0; });
        rest.unshift('at=' + at);
        return rest.join('&');
    }

    const dateInput = form.querySelector('[name="effectiveOn"]');

    function updatePickers() {
        const on = parse(dateInput ? dateInput.value : '');
        const dayBefore = on ? new Date(on.getFullYear(), on.getMonth(), on.getDate() - 1) : null;
        form.querySelectorAll('input[data-reorg-date]').forEach(function (input) {
            const day = input.dataset.reorgDate === 'before' ? dayBefore : on;
            input.dataset.params = withAt(input.dataset.params, day ? iso(day) : 'all');
        });
    }

    if (dateInput) {
        dateInput.addEventListener('change', updatePickers);
        dateInput.addEventListener('input', updatePickers);
    }

    const rows = document.getElementById('new-units');
    const template = document.getElementById('new-unit-template');
    const add = document.getElementById('add-new-unit');
    if (rows && template && add) {
        add.addEventListener('click', function () {
            const index = Number(rows.dataset.nextIndex || rows.children.length);
            rows.dataset.nextIndex = String(index + 1);
            const holder = document.createElement('div');
            holder.innerHTML = template.innerHTML.replace(/ROWINDEX/g, String(index));
            const row = holder.firstElementChild;
            rows.appendChild(row);
            row.querySelectorAll('input[data-autocomplete]').forEach(function (input) {
                window.appAutocomplete(input);
            });
            updatePickers();
            row.querySelector('input').focus();
        });
        rows.addEventListener('click', function (event) {
            const remove = event.target.closest('[data-remove-row]');
            if (!remove) return;
            remove.closest('.new-unit-row').remove();
            add.focus();
        });
    }
})();
