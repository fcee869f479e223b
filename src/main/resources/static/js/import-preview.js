// The import preview's summary ("N nhiệm vụ, M cơ quan được giao, …") kept in step with the ticks and pickers, the
// way the server counts it when the form is saved (ImportForm.summary).
(function () {
    'use strict';

    const form = document.querySelector('form[action$="/plans/import/confirm"]');
    const summary = document.getElementById('import-summary');
    if (!form || !summary) return;

    function checked(container, suffix) {
        const box = container.querySelector('input[type="checkbox"][name$="' + suffix + '"]');
        return box !== null && box.checked;
    }

    function savedTasks() {
        const tasks = new Set();
        form.querySelectorAll('.import-section').forEach(function (row) {
            if (checked(row, '.include') && checked(row, '.task')) tasks.add(row.dataset.section);
        });
        return tasks;
    }

    function update() {
        const tasks = savedTasks();
        let agencies = 0;
        let unmatched = 0;
        form.querySelectorAll('.import-agency').forEach(function (agency) {
            const takesPart = Array.from(agency.querySelectorAll('input[data-link-section]'))
                .some(function (box) { return box.checked && tasks.has(box.dataset.linkSection); });
            const match = agency.querySelector('select[data-role="agency-match"]');
            const badge = agency.querySelector('.import-unmatched');
            if (badge && match) badge.classList.toggle('d-none', match.value !== '');
            if (!takesPart) return;
            agencies++;
            if (match && match.value === '') unmatched++;
        });
        const requirements = form.querySelectorAll('input[type="checkbox"][name^="requirements"][name$=".include"]:checked').length;
        const counts = {tasks: tasks.size, agencies: agencies, requirements: requirements, unmatched: unmatched};
        Object.keys(counts).forEach(function (key) {
            const cell = summary.querySelector('[data-count="' + key + '"]');
            if (cell) cell.textContent = counts[key];
        });
    }

    form.addEventListener('change', update);
})();
