// Shared behaviour for every page. Loaded as a file: the Content-Security-Policy allows no inline script.
(function () {
    'use strict';

    /** Headers that let fetch() calls pass the CSRF check (the layout carries the token in meta tags). */
    window.appCsrfHeaders = function () {
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? {[header.content]: token.content} : {};
    };

    // Buttons with data-confirm ask before their form is sent.
    document.addEventListener('submit', function (event) {
        const submitter = event.submitter;
        const message = (submitter && submitter.dataset.confirm) || event.target.dataset.confirm;
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });
})();
