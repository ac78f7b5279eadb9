package vn.thidua.importer.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineJoinerTest {

    @Test
    void aLineEndingAClauseIsContinuedByALowerCaseLine() {
        // Seed 002, II.2: a bullet broken after its ';'.
        assertThat(LineJoiner.join(List.of(
                "- Thực hiện tốt quy chế dân chủ cơ sở; đẩy mạnh đấu tranh phòng chống tham nhũng, tiêu cực; chấp hành triệt để việc thực hành tiết kiệm, chống lãng phí;",
                "nâng cao ý thức bảo vệ tài sản công, quản lý chặt chẽ, minh bạch về tài chính.")))
                .hasSize(1);
        // Made up.
        assertThat(LineJoiner.join(List.of("- Sở Nội vụ: hướng dẫn, theo dõi;", "đôn đốc các đơn vị thực hiện.")))
                .containsExactly("- Sở Nội vụ: hướng dẫn, theo dõi; đôn đốc các đơn vị thực hiện.");
    }

    @Test
    void aLineEndingAClauseIsNotContinuedByANewItemOrACapitalisedLine() {
        assertThat(LineJoiner.join(List.of("- Sở Nội vụ;", "- Sở Tài chính;"))).hasSize(2);
        assertThat(LineJoiner.join(List.of("Căn cứ Luật Thi đua, khen thưởng;", "Căn cứ Nghị định số 98/2023/NĐ-CP;"))).hasSize(2);
        assertThat(LineJoiner.join(List.of("Thực hiện tốt quy chế dân chủ cơ sở.", "nâng cao ý thức"))).hasSize(2);
    }
}
