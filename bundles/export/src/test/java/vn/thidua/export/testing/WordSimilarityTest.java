package vn.thidua.export.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.seed.SeedText;

class WordSimilarityTest {

    @Test
    void sameWordsInTheSameOrderScoreOneWhateverThePunctuationAndLayout() {
        assertThat(WordSimilarity.of("## KẾ HOẠCH\n- Căn cứ Luật;", "KẾ HOẠCH   Căn cứ   Luật.")).isEqualTo(1.0);
    }

    @Test
    void decomposedAndComposedVietnameseAreTheSameWords() {
        String nfd = java.text.Normalizer.normalize("Thi đua khen thưởng", java.text.Normalizer.Form.NFD);
        assertThat(WordSimilarity.of(nfd, "Thi đua khen thưởng")).isEqualTo(1.0);
    }

    @Test
    void aWrongDiacriticALostWordAndAnExtraWordEachCostOneWord() {
        assertThat(WordSimilarity.of("một hai ba bốn", "một hai ba bôn")).isEqualTo(0.75);
        assertThat(WordSimilarity.of("một hai ba bốn", "một hai bốn")).isEqualTo(0.75);
        assertThat(WordSimilarity.of("một hai ba", "một hai ba bốn")).isEqualTo(0.75);
    }

    @Test
    void aSeedWithOneParagraphMissingFallsBelowTheThreshold() {
        String seed = SeedText.clean("000_d3ad60d258665efa");
        String[] paragraphs = seed.split("\n\n");
        String longest = "";
        for (String p : paragraphs) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        assertThat(WordSimilarity.of(seed, seed.replace(longest, ""))).isLessThan(0.97);
    }

    @Test
    void shuffledSectionsFallBelowTheThreshold() {
        String seed = SeedText.clean("003_44668950db2da263");
        int middle = seed.length() / 2;
        String swapped = seed.substring(middle) + seed.substring(0, middle);
        assertThat(WordSimilarity.of(seed, swapped)).isLessThan(0.97);
    }
}
