package vn.thidua.benchmarks.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import vn.thidua.plan.Province;

/** The 63 provinces whose boards the generated plans come from ({@code provinces.txt}). */
final class Provinces {

    private Provinces() {
    }

    static List<Province> all() {
        try (InputStream in = Provinces.class.getResourceAsStream("provinces.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(name -> Normalizer.normalize(name, Normalizer.Form.NFC))
                    .map(name -> new Province(code(name), name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan model's code for a province: {@code Bà Rịa - Vũng Tàu} → {@code ba-ria-vung-tau}. */
    static String code(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    }
}
