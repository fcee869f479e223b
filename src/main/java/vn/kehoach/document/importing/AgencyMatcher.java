package vn.kehoach.document.importing;

import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.text.VietnameseText;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the roster agency a plan names, the way a person would: the exact name (either tone-mark convention), the
 * same letters without accents, the abbreviation, the name without its unit ("Công an huyện" for "Công an huyện Ba
 * Tơ"), or failing those the closest name by letter trigrams.
 */
public final class AgencyMatcher {

    /** Below this trigram similarity two names are different agencies, however alike. */
    static final double FUZZY_THRESHOLD = 0.62;

    private final List<AgencyRef> candidates;

    public AgencyMatcher(List<AgencyRef> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    public Optional<AgencyRef> match(String written) {
        if (written == null || written.isBlank()) return Optional.empty();
        String name = stripRequest(VietnameseText.clean(written));
        String tone = VietnameseText.toneKey(name);
        String folded = VietnameseText.fold(name);
        Optional<AgencyRef> found = candidates.stream().filter(a -> VietnameseText.toneKey(a.name()).equals(tone))
                .findFirst()
                .or(() -> candidates.stream().filter(a -> VietnameseText.fold(a.name()).equals(folded)).findFirst())
                .or(() -> candidates.stream().filter(a -> a.shortName().equalsIgnoreCase(name)).findFirst());
        if (found.isPresent()) return found;
        List<AgencyRef> prefixed = candidates.stream()
                .filter(a -> VietnameseText.fold(a.name()).startsWith(folded + " ")).toList();
        if (prefixed.size() == 1) return Optional.of(prefixed.get(0));
        AgencyRef best = null;
        double bestScore = 0;
        for (AgencyRef candidate : candidates) {
            double score = similarity(folded, VietnameseText.fold(candidate.name()));
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return bestScore >= FUZZY_THRESHOLD ? Optional.of(best) : Optional.empty();
    }

    /** "Đề nghị Ủy ban MTTQ …" names the committee; the request is a matter of wording. */
    private static String stripRequest(String name) {
        return name.replaceFirst("(?i)^đề nghị\\s+", "");
    }

    /** Dice coefficient of the two names' letter trigrams (padded), as pg_trgm computes it in spirit. */
    static double similarity(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> trigrams(String text) {
        Set<String> grams = new HashSet<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) continue;
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }
}
