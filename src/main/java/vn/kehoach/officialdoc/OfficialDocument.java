package vn.kehoach.officialdoc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan or report ready to be printed as a Decree 30/2020/NĐ-CP document. Text is taken as given (apart from Unicode
 * NFC and trimming): the writers add only what the decree fixes (labels' punctuation, the "- …;" of recipients, the
 * closing "./.", upper case where the decree wants it).
 *
 * @param kind              PLAN prints "KẾ HOẠCH", REPORT "BÁO CÁO"
 * @param parentBodyLines   ô 2 upper lines, upright ("UBND TỈNH QUẢNG NGÃI" above a Sở); empty for a UBND
 * @param issuerLines       ô 2 bold lines ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI")
 * @param number            the number ("72"); null = not yet numbered, printed blank for the registry to fill in
 * @param symbol            "KH-UBND"
 * @param place             the địa danh ("Quảng Ngãi")
 * @param date              the date of issue; null = printed blank with only the year
 * @param year              the year printed when the date is blank
 * @param title             the trích yếu
 * @param kinhGui           recipients of a report's "Kính gửi:" block; empty for plans
 * @param openingParagraphs plain-text paragraphs before the first section (the legal basis)
 * @param sections          the numbered body
 * @param closingParagraphs plain-text paragraphs after the sections; the body ends with "./." (added if missing)
 * @param signer            the signature block; null prints none (a draft)
 * @param recipients        Nơi nhận entries without "- " and ";" ("Bộ Nội vụ (để b/c)", …, "Lưu: VT, VX")
 * @param appendices        annex tables, each on its own page after the signature
 */
public record OfficialDocument(DocumentKind kind, List<String> parentBodyLines, List<String> issuerLines,
                               String number, String symbol, String place, LocalDate date, int year, String title,
                               List<String> kinhGui, List<String> openingParagraphs, List<DocumentSection> sections,
                               List<String> closingParagraphs, DocumentSigner signer, List<String> recipients,
                               List<DocumentTable> appendices) {

    public OfficialDocument {
        Objects.requireNonNull(kind, "kind");
        parentBodyLines = Texts.lines(parentBodyLines);
        issuerLines = Texts.lines(issuerLines);
        if (issuerLines.isEmpty()) throw new IllegalArgumentException("the issuing body (box 2) is required");
        number = Texts.optional(number);
        symbol = Objects.requireNonNull(Texts.optional(symbol), "symbol");
        place = Objects.requireNonNull(Texts.optional(place), "place");
        if (date != null) year = date.getYear();
        title = Objects.requireNonNull(Texts.optional(title), "title");
        kinhGui = Texts.lines(kinhGui);
        openingParagraphs = Texts.lines(openingParagraphs);
        sections = sections == null ? List.of() : List.copyOf(sections);
        closingParagraphs = Texts.lines(closingParagraphs);
        recipients = Texts.lines(recipients);
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
    }

    public static Builder builder(DocumentKind kind) {
        return new Builder(kind);
    }

    /** A builder holding this document's values, to derive a variant (another number, a report of the same body). */
    public Builder toBuilder() {
        return new Builder(kind).parentBody(parentBodyLines).issuer(issuerLines).number(number).symbol(symbol)
                .place(place).date(date).year(year).title(title).kinhGui(kinhGui).opening(openingParagraphs)
                .sections(sections).closing(closingParagraphs).signer(signer).recipients(recipients)
                .appendices(appendices);
    }

    /** Named steps for the sixteen components, so that callers and tests do not depend on their order. */
    public static final class Builder {
        private DocumentKind kind;
        private List<String> parentBodyLines = List.of();
        private List<String> issuerLines = List.of();
        private String number;
        private String symbol;
        private String place;
        private LocalDate date;
        /** Printed only when there is no date; a draft is usually for the current year. */
        private int year = LocalDate.now().getYear();
        private String title;
        private List<String> kinhGui = List.of();
        private List<String> openingParagraphs = List.of();
        private final List<DocumentSection> sections = new ArrayList<>();
        private List<String> closingParagraphs = List.of();
        private DocumentSigner signer;
        private List<String> recipients = List.of();
        private final List<DocumentTable> appendices = new ArrayList<>();

        private Builder(DocumentKind kind) {
            this.kind = kind;
        }

        public Builder kind(DocumentKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder parentBody(List<String> lines) {
            this.parentBodyLines = lines;
            return this;
        }

        public Builder issuer(List<String> lines) {
            this.issuerLines = lines;
            return this;
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        public Builder place(String place) {
            this.place = place;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder year(int year) {
            this.year = year;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder kinhGui(List<String> recipients) {
            this.kinhGui = recipients;
            return this;
        }

        public Builder opening(List<String> paragraphs) {
            this.openingParagraphs = paragraphs;
            return this;
        }

        /** Replaces the sections. */
        public Builder sections(List<DocumentSection> sections) {
            this.sections.clear();
            this.sections.addAll(sections);
            return this;
        }

        public Builder section(DocumentSection section) {
            this.sections.add(section);
            return this;
        }

        public Builder closing(List<String> paragraphs) {
            this.closingParagraphs = paragraphs;
            return this;
        }

        public Builder signer(DocumentSigner signer) {
            this.signer = signer;
            return this;
        }

        public Builder recipients(List<String> recipients) {
            this.recipients = recipients;
            return this;
        }

        /** Replaces the appendices. */
        public Builder appendices(List<DocumentTable> tables) {
            this.appendices.clear();
            this.appendices.addAll(tables);
            return this;
        }

        public Builder appendix(DocumentTable table) {
            this.appendices.add(table);
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(kind, parentBodyLines, issuerLines, number, symbol, place, date, year, title,
                    kinhGui, openingParagraphs, sections, closingParagraphs, signer, recipients, appendices);
        }
    }
}
