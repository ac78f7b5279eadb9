package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.export.template.DocumentTemplate;
import vn.thidua.plan.seed.Fixtures;

/**
 * The Word template a pack carries reaches the exporters for the plans the pack is in force for, and
 * only for them: the shipped Gia Lai descriptor, dropped into a folder beside a
 * {@code templates/plan.docx} as an administrator would drop it.
 */
class PackTemplatesTest {

    private static final String GIA_LAI = "003_44668950db2da263";
    private static final String BAC_GIANG = "000_d3ad60d258665efa";

    @TempDir
    Path folder;

    private PackTemplates templatesOf(PackCatalog catalog) {
        return new PackTemplates(new CatalogRegistry(catalog));
    }

    /** The shipped Gia Lai descriptor copied into the folder, loaded into a catalog of its own. */
    private PackCatalog giaLaiFromFolder() throws IOException {
        URL shipped = ShippedPacks.descriptors().stream().filter(u -> ShippedPacks.name(u).startsWith("gia-lai"))
                .findFirst().orElseThrow();
        Path descriptor = folder.resolve(ShippedPacks.name(shipped));
        try (InputStream in = shipped.openStream()) {
            Files.copy(in, descriptor);
        }
        PackCatalog catalog = new PackCatalog();
        PackLoader.Outcome outcome = new PackLoader().load(descriptor.toUri().toURL(), descriptor.toString(), -1);
        assertThat(outcome.pack()).as("loaded").isNotNull();
        catalog.put("file:" + descriptor, outcome);
        return catalog;
    }

    @Test
    void theWordTemplateOfThePackInForceIsOffered() throws IOException {
        byte[] template = "the pack's Word template".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("templates"));
        Files.write(folder.resolve("templates/plan.docx"), template);
        PackTemplates templates = templatesOf(giaLaiFromFolder());

        Optional<DocumentTemplate> offered = templates.template(Fixtures.plan(GIA_LAI), "docx");

        assertThat(offered).isPresent();
        assertThat(offered.get().origin()).isEqualTo("templates/plan.docx of rule pack gia-lai@2023.1.0");
        assertThat(offered.get().read()).isEqualTo(template);
        assertThat(templates.template(Fixtures.plan(GIA_LAI), "pdf")).as("no templates/plan.pdf").isEmpty();
    }

    @Test
    void aPackWithoutTemplateOrAPlanWithoutPackGetsNone() throws IOException {
        PackTemplates templates = templatesOf(giaLaiFromFolder());
        assertThat(templates.template(Fixtures.plan(GIA_LAI), "docx")).as("no templates/ folder").isEmpty();

        Files.createDirectories(folder.resolve("templates"));
        Files.writeString(folder.resolve("templates/plan.docx"), "template");
        assertThat(templates.template(Fixtures.plan(BAC_GIANG), "docx")).as("no Bắc Giang pack").isEmpty();
        assertThat(templatesOf(ShippedPacks.catalog()).template(Fixtures.plan(GIA_LAI), "docx"))
                .as("the shipped packs carry no template").isEmpty();
    }

    @Test
    void aFormatNameCannotReachOutsideThePack() throws IOException {
        Files.writeString(folder.resolve("secret.txt"), "not a template");
        Files.createDirectories(folder.resolve("templates"));
        PackTemplates templates = templatesOf(giaLaiFromFolder());
        for (String format : List.of("docx/../../secret.txt", "../secret", "", "DOCX", "docx ")) {
            assertThat(templates.template(Fixtures.plan(GIA_LAI), format)).as(format).isEmpty();
        }
        assertThat(templates.template(Fixtures.plan(GIA_LAI), null)).isEmpty();
    }
}
