// The report form: refuse files over the limit before they are sent (a too large upload would lose the typed
// text), and warn before leaving the page with changes not saved.
(function () {
    'use strict';

    const form = document.querySelector('form.report-form');
    if (!form) return;

    form.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
        input.addEventListener('change', function () {
            const max = Number(input.dataset.maxBytes);
            const tooLarge = Array.from(input.files).filter(function (f) { return f.size > max; });
            if (tooLarge.length > 0) {
                window.alert(input.dataset.tooLarge + '\n' + tooLarge.map(function (f) { return f.name; }).join('\n'));
                input.value = '';
            }
        });
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
