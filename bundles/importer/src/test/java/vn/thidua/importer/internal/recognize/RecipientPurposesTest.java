package vn.thidua.importer.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.RecipientPurpose;

class RecipientPurposesTest {

    @Test
    void theNotesOfTheAdministrativeStyleNameTheirPurpose() {
        assertThat(RecipientPurposes.of("B/c")).isEqualTo(RecipientPurpose.REPORT);       // seed 000: "Vụ TĐKT - BKII&ĐT (B/c);"
        assertThat(RecipientPurposes.of("để b/c")).isEqualTo(RecipientPurpose.REPORT);
        assertThat(RecipientPurposes.of("Để báo cáo")).isEqualTo(RecipientPurpose.REPORT);
        assertThat(RecipientPurposes.of("t/h")).isEqualTo(RecipientPurpose.EXECUTE);
        assertThat(RecipientPurposes.of("để thực hiện")).isEqualTo(RecipientPurpose.EXECUTE);
        assertThat(RecipientPurposes.of("p/h")).isEqualTo(RecipientPurpose.COORDINATE);
        assertThat(RecipientPurposes.of("để biết")).isEqualTo(RecipientPurpose.INFORM);
        assertThat(RecipientPurposes.of("để theo dõi")).isEqualTo(RecipientPurpose.INFORM);
        assertThat(RecipientPurposes.of(null)).isNull();
        assertThat(RecipientPurposes.of("số 12")).isNull();
    }
}
