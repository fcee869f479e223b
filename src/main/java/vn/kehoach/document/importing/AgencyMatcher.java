package vn.kehoach.document.importing;

import vn.kehoach.document.parse.AgencyKeys;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the roster agency a plan names, the way a person would: the same words once accents, abbreviations ("Phòng
 * TC-KH", "GD&ĐT", "UBMTTQ") and the unit the name ends with are set aside ("Công an huyện" is "Công an huyện Ba
 * Tơ"), the same words in another order ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh"), the short name, or failing
 * those nearly the same words under the same head word ("Sở Văn hóa và Thể thao"). A name that fits two agencies
 * equally, or none closely enough, stays unmatched for the user to pick: "Sở Ngoại vụ" is not "Sở Nội vụ", and a
 * collective ("UBND các xã, thị trấn") is no one agency.
 */
public final class AgencyMatcher {

    /** Below this share of common words two names are different agencies, however alike. */
    static final double FUZZY_THRESHOLD = 0.8;

    private record Candidate(AgencyRef agency, List<String> words, String key, List<String> sorted) {
    }

    private final List<Candidate> candidates;

    public AgencyMatcher(List<AgencyRef> agencies) {
        List<Candidate> list = new ArrayList<>();
        for (AgencyRef agency : agencies) {
            // The roster's names end with their unit ("Sở Y tế tỉnh Quảng Ngãi"); the words leave it out either way.
            List<String> words = AgencyKeys.words(agency.name());
            if (words.isEmpty()) continue;
            list.add(new Candidate(agency, words, String.join(" ", words), words.stream().sorted().toList()));
        }
        this.candidates = List.copyOf(list);
    }

    public Optional<AgencyRef> match(String written) {
        if (written == null || written.isBlank()) return Optional.empty();
        List<String> words = AgencyKeys.words(written);
        if (words.isEmpty()) return Optional.empty();
        String key = String.join(" ", words);
        Optional<AgencyRef> found = unique(candidates.stream().filter(c -> c.key().equals(key)).toList());
        if (found.isPresent()) return found;
        String folded = VietnameseText.fold(written).strip();
        found = unique(
                candidates.stream().filter(c -> VietnameseText.fold(c.agency().shortName()).equals(folded)).toList());
        if (found.isPresent()) return found;
        List<String> sorted = words.stream().sorted().toList();
        found = unique(candidates.stream().filter(c -> c.sorted().equals(sorted)).toList());
        if (found.isPresent()) return found;
        return closest(words);
    }

    /** One candidate, or none when two or more fit alike (two provinces' "Sở Y tế" before a merger). */
    private static Optional<AgencyRef> unique(List<Candidate> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(c -> ids.add(c.agency().id()));
        return ids.size() == 1 ? Optional.of(found.get(0).agency()) : Optional.empty();
    }

    private Optional<AgencyRef> closest(List<String> words) {
        Candidate best = null;
        double bestScore = 0;
        double second = 0;
        for (Candidate c : candidates) {
            if (!c.words().get(0).equals(words.get(0))) continue;
            double score = similarity(words, c.words());
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = c;
            } else if (score > second) {
                second = score;
            }
        }
        return best != null && bestScore >= FUZZY_THRESHOLD && second < bestScore
                ? Optional.of(best.agency())
                : Optional.empty();
    }

    /** Dice coefficient of the two names' words. */
    static double similarity(List<String> a, List<String> b) {
        Set<String> x = new HashSet<>(a);
        Set<String> y = new HashSet<>(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }
}
