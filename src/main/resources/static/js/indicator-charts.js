// Trend of a target for a unit: the figure per year and the target line, from the canvas's data attributes (no
// inline script: CSP). Empty years are gaps, not zeros.
(function () {
    'use strict';

    document.querySelectorAll('canvas.js-trend-chart').forEach(function (canvas) {
        if (typeof window.Chart === 'undefined') return;
        const number = function (s) { return s === '' ? null : Number(s); };
        const years = canvas.dataset.years.split('|');
        const values = canvas.dataset.values.split('|').map(number);
        const targets = canvas.dataset.targets.split('|').map(number);
        new window.Chart(canvas, {
            type: 'line',
            data: {
                labels: years,
                datasets: [
                    {label: canvas.dataset.valueLabel, data: values, borderColor: '#0d6efd', backgroundColor: '#0d6efd',
                        spanGaps: false, tension: 0.1, pointRadius: 5},
                    {label: canvas.dataset.targetLabel, data: targets, borderColor: '#dc3545', backgroundColor: '#dc3545',
                        borderDash: [6, 4], pointRadius: 0}
                ]
            },
            // From zero, so that a figure and its target are seen in proportion.
            options: {responsive: true, maintainAspectRatio: false, scales: {y: {beginAtZero: true}},
                plugins: {legend: {position: 'bottom'}}}
        });
    });
})();
