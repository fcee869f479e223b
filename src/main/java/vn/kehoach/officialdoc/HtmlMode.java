package vn.kehoach.officialdoc;

/** Who reads the HTML rendition. */
public enum HtmlMode {
    /**
     * The browser's print view: links {@code /css/document.css} and carries no inline style at all, because the
     * application's Content-Security-Policy ({@code style-src 'self'}) would block it.
     */
    PRINT_VIEW,
    /** The source of the PDF: the same stylesheet inlined, so the renderer needs no resource loading. */
    PDF,
    /**
     * Inside a page of the application (the plan page): the sheets in a {@code div.official-document}, without the
     * page's own head; the page links {@code /css/document.css}.
     */
    EMBEDDED
}
