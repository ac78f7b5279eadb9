package vn.thidua.export.internal;

import java.text.Normalizer;
import java.util.Locale;

import vn.thidua.plan.Plan;

/** File names for exported plans: ASCII only, from the plan's number, symbol and year. */
final class FileNames {

    private FileNames() {
    }

    /**
     * {@code KH-08-KH-TDMNPB-2018.docx}; a draft without a number gives {@code KH-KH-KCN-2024.docx},
     * a plan without number and symbol {@code KH-bac-giang-2020.docx}.
     */
    static String of(Plan plan, String extension) {
        StringBuilder name = new StringBuilder("KH");
        if (plan.number() != null) {
            if (!plan.number().isDraft()) {
                name.append('-').append(ascii(plan.number().number()));
            }
            name.append('-').append(ascii(plan.number().symbol()));
        } else {
            name.append('-').append(plan.province().code());
        }
        name.append('-').append(plan.year());
        return name.toString().replaceAll("-{2,}", "-") + "." + extension;
    }

    /** Diacritics dropped ({@code Đ} → {@code D}), anything but letters and digits turned into '-'. */
    static String ascii(String text) {
        String folded = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String bareMediaType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
