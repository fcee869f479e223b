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

    // A table wider than its box scrolls there (.table-responsive). Such a box becomes a tab stop, so that keyboard
    // users can scroll it with the arrow keys, and a region named after the table's caption or section heading
    // (plus the layout's hint).
    // Only boxes that really overflow are changed, and again whenever their size changes (a phone turned, a
    // <details> opened), so that wide screens get no empty tab stops.
    // The plan document's appendix (embedded from the exporter's HTML) scrolls in a box of its own as well.
    const SCROLL_BOXES = '.table-responsive, .plan-document .appendix';
    let labels = 0;
    function labelOf(box) {
        const section = box.closest('section[aria-labelledby]');
        const heading = box.querySelector('caption')
            || (section && document.getElementById(section.getAttribute('aria-labelledby').split(' ')[0]))
            || document.querySelector('main h1');
        if (!heading) return null;
        if (!heading.id) heading.id = 'scroll-label-' + (++labels);
        // "Nhiệm vụ (bảng cuộn ngang)": not the same name as the section the table stands in.
        return document.getElementById('scroll-box-hint') ? heading.id + ' scroll-box-hint' : heading.id;
    }
    function fitScrollBox(box) {
        const overflows = box.scrollWidth > box.clientWidth + 1;
        if (overflows && !box.hasAttribute('data-scroll-box')) {
            box.setAttribute('data-scroll-box', '');
            box.setAttribute('tabindex', '0');
            box.setAttribute('role', 'region');
            const label = !box.hasAttribute('aria-label') && !box.hasAttribute('aria-labelledby') && labelOf(box);
            if (label) {
                box.setAttribute('aria-labelledby', label);
                box.setAttribute('data-scroll-label', '');
            }
        } else if (!overflows && box.hasAttribute('data-scroll-box')) {
            ['data-scroll-box', 'tabindex', 'role'].forEach(function (name) { box.removeAttribute(name); });
            if (box.hasAttribute('data-scroll-label')) {
                box.removeAttribute('aria-labelledby');
                box.removeAttribute('data-scroll-label');
            }
        }
    }
    function watchScrollBoxes() {
        const boxes = document.querySelectorAll(SCROLL_BOXES);
        if (!('ResizeObserver' in window)) {
            boxes.forEach(fitScrollBox);
            return;
        }
        const observer = new ResizeObserver(function (entries) {
            entries.forEach(function (entry) {
                const box = entry.target.closest(SCROLL_BOXES);
                if (box) fitScrollBox(box);
            });
        });
        boxes.forEach(function (box) {
            observer.observe(box);
            if (box.firstElementChild) observer.observe(box.firstElementChild);
        });
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchScrollBoxes);
    else watchScrollBoxes();

    /** The field an error summary link is about: by id, or by name where a page gives its inputs ids of its own. */
    function fieldOf(link) {
        const id = decodeURIComponent(link.hash.slice(1));
        const field = document.getElementById(id)
            || document.querySelector('[name="' + CSS.escape(link.dataset.field || '') + '"]');
        // A picked id is held in a hidden input; the user types into the autocomplete that fills it.
        if (field && field.type === 'hidden') {
            return document.querySelector('[data-target="' + CSS.escape(field.id) + '"]') || field;
        }
        return field;
    }

    /** The words that name a field: its label, its aria-label, or the legend of its group. */
    function nameOf(field) {
        const label = field.id && document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
        const fieldset = field.closest('fieldset');
        const legend = fieldset && fieldset.querySelector('legend');
        const text = (label && label.textContent) || field.getAttribute('aria-label')
            || (legend && legend.textContent) || '';
        return text.trim().replace(/\s*\*$/, '');
    }

    /** Problems of the whole form first, then the fields' in the order the form shows them. */
    function inPageOrder(items) {
        return items.sort(function (a, b) {
            if (!a.field || !b.field) return (a.field ? 1 : 0) - (b.field ? 1 : 0);
            return a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        });
    }

    // A form sent back with errors: its summary names each field, and takes the focus so that it is read first.
    const summary = document.querySelector('.error-summary');
    if (summary) {
        const list = summary.querySelector('ul');
        const items = Array.from(list.children).map(function (item) {
            const link = item.querySelector('a[href^="#"]');
            return {item: item, link: link, field: link && fieldOf(link)};
        });
        inPageOrder(items).forEach(function (entry) {
            list.appendChild(entry.item);
            const link = entry.link;
            const field = entry.field;
            if (!field) return;
            if (field.id) link.hash = '#' + field.id;
            const name = nameOf(field);
            if (name) {
                const strong = document.createElement('span');
                strong.className = 'fw-semibold';
                strong.textContent = name + ': ';
                link.prepend(strong);
            }
            // A group (a fieldset of checkboxes) takes the focus on its first control.
            const control = field.matches('input, select, textarea, button, [tabindex]') ? field
                : field.querySelector('input, select, textarea') || field;
            link.addEventListener('click', function (event) {
                event.preventDefault();
                const target = field.closest('.mb-3, .mb-2, fieldset') || field;
                target.scrollIntoView({block: 'start'});
                control.focus({preventScroll: true});
            });
        });
        summary.focus();
    }
})();
