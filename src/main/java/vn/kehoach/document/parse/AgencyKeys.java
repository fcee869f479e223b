package vn.kehoach.document.parse;

import vn.kehoach.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A comparison key for agency names as plans write them and as the roster holds them: without accents, the usual
 * abbreviations spelled out ("Phòng TC-KH" = "Phòng Tài chính - Kế hoạch", "GD&ĐT", "LĐTB&XH", "UBMTTQ"), without
 * the unit the name ends with ("Công an huyện Ba Tơ" and "Công an huyện" are both "cong an"), without "và" and
 * punctuation, and without the collective tail of "Ủy ban MTTQ … và các đoàn thể".
 */
public final class AgencyKeys {

    private static final Pattern PREFIX = Pattern.compile("^(?:đề nghị|giao|yêu cầu)\\s+");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    /** "… tỉnh Quảng Ngãi", "… huyện", but not the "xã" of "Văn hóa - Xã hội" or "Chính sách xã hội". */
    private static final Pattern UNIT_TAIL = Pattern.compile(
            "(?<=\\S)\\s+(?:tỉnh|huyện|xã(?!\\s+hội)|phường|thị trấn|thành phố|quận|thị xã|đặc khu)(?:\\s.*)?$");
    private static final Pattern COLLECTIVE_TAIL = Pattern.compile("(?:\\s+và|,)\\s+các\\s.*$");
    private static final Pattern COLLECTIVE = Pattern.compile("(?:^|\\s)các\\s");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    /** Abbreviations on folded text, longest forms first. */
    private static final Map<Pattern, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        abbreviation("ubmttq(?:\\s*vn)?", "uy ban mat tran to quoc");
        abbreviation("mttq(?:\\s*vn)?", "mat tran to quoc");
        abbreviation("ubnd", "uy ban nhan dan");
        abbreviation("hdnd", "hoi dong nhan dan");
        abbreviation("lhpn", "lien hiep phu nu");
        abbreviation("ld\\s*[-&,]?\\s*tb\\s*[-&,]?\\s*(?:va\\s*)?xh(?:\\s*[-&]\\s*dt)?", "lao dong thuong binh xa hoi");
        abbreviation("tb\\s*&\\s*xh", "thuong binh xa hoi");
        abbreviation("gd\\s*[-&]?\\s*dt", "giao duc dao tao");
        abbreviation("tc\\s*[-&]?\\s*kh", "tai chinh ke hoach");
        abbreviation("kh\\s*[-&]\\s*dt|khdt", "ke hoach dau tu");
        abbreviation("vh\\s*[-&,]?\\s*tt\\s*[-&,]?\\s*(?:va\\s*)?dl", "van hoa the thao du lich");
        abbreviation("vh\\s*[-&]?\\s*tt", "van hoa thong tin");
        abbreviation("tt\\s*&\\s*tt|tttt", "thong tin truyen thong");
        abbreviation("kh\\s*&\\s*cn|khcn", "khoa hoc cong nghe");
        abbreviation("nn\\s*&\\s*ptnt|nnptnt", "nong nghiep phat trien nong thon");
        abbreviation("tn\\s*&\\s*mt|tnmt", "tai nguyen moi truong");
        abbreviation("nhcsxh", "ngan hang chinh sach xa hoi");
        abbreviation("csxh", "chinh sach xa hoi");
        abbreviation("ttyt", "trung tam y te");
        abbreviation("pt\\s*-?\\s*th", "phat thanh truyen hinh");
        abbreviation("ldld", "lien doan lao dong");
        abbreviation("vp", "van phong");
    }

    private AgencyKeys() {
    }

    private static void abbreviation(String regex, String words) {
        ABBREVIATIONS.put(Pattern.compile("(?<![a-z0-9])(?:" + regex + ")(?![a-z0-9])"), words);
    }

    /** The words of the name that identify the agency, in order; empty for a collective ("các sở, ngành"). */
    public static List<String> words(String name) {
        if (name == null || name.isBlank() || isCollective(name)) return List.of();
        String text = withoutUnit(VietnameseText.clean(name).toLowerCase(Locale.ROOT));
        String folded = VietnameseText.fold(text);
        for (Map.Entry<Pattern, String> e : ABBREVIATIONS.entrySet()) {
            folded = e.getKey().matcher(folded).replaceAll(e.getValue());
        }
        folded = folded.replace("viet nam", " ");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty() && !word.equals("va")) words.add(word);
        }
        return words;
    }

    /** {@link #words} joined: equal keys name the same agency. */
    public static String key(String name) {
        return String.join(" ", words(name));
    }

    /** "Ủy ban nhân dân các xã, thị trấn", "Các phòng, ban, ngành": many bodies, never one agency of the roster. */
    public static boolean isCollective(String name) {
        String text = stripTails(VietnameseText.clean(name).toLowerCase(Locale.ROOT));
        return COLLECTIVE.matcher(text).find() || text.startsWith("các ");
    }

    private static String stripTails(String lower) {
        String text = PREFIX.matcher(lower.strip()).replaceFirst("");
        text = PARENTHESES.matcher(text).replaceAll("");
        return COLLECTIVE_TAIL.matcher(text).replaceFirst("").strip();
    }

    private static String withoutUnit(String lower) {
        return UNIT_TAIL.matcher(stripTails(lower)).replaceFirst("").strip();
    }
}
