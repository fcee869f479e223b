// Completeness charts: one doughnut per requirement from the canvas's data attributes (no inline script: CSP), and
// progress bar widths (no inline style attributes either).
(function () {
    'use strict';

    const colours = ['#198754', '#0d6efd', '#ffc107', '#adb5bd', '#dc3545'];
    document.querySelectorAll('canvas.js-status-chart').forEach(function (canvas) {
        if (typeof window.Chart === 'undefined') return;
        const labels = canvas.dataset.labels.split('|');
        const values = canvas.dataset.values.split('|').map(Number);
        new window.Chart(canvas, {
            type: 'doughnut',
            data: {labels: labels, datasets: [{data: values, backgroundColor: colours}]},
            options: {responsive: true, maintainAspectRatio: false, plugins: {legend: {position: 'right'}}}
        });
    });
    document.querySelectorAll('.progress-bar[data-width]').forEach(function (bar) {
        bar.style.width = Math.max(0, Math.min(100, Number(bar.dataset.width))) + '%';
    });
})();
