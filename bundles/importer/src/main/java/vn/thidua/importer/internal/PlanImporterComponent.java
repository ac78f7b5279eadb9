package vn.thidua.importer.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.PlanImporter;
import vn.thidua.importer.internal.read.ReadLimits;

/** The {@link PlanImporter} service, with its limits from {@code etc/vn.thidua.importer.cfg}. */
@Component(service = PlanImporter.class, configurationPid = "vn.thidua.importer")
@Designate(ocd = ImporterConfig.class)
public final class PlanImporterComponent implements PlanImporter {

    private final DocumentImporter importer;

    @Activate
    public PlanImporterComponent(ImporterConfig config) {
        this.importer = new DocumentImporter(new ReadLimits(config.maxBytes(), config.maxZipEntries(),
                config.maxUncompressedBytes(), config.maxCompressionRatio()));
    }

    @Override
    public ImportResult importPlan(byte[] content, String mediaType, ImportOptions options) {
        return importer.importPlan(content, mediaType, options);
    }
}
