package vn.thidua.importer.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void aCommaBetweenCapitalisedNamesPartsTwoUnits() {
        // Seed 003, 2.3. and 4.4.; seed 000.
        assertThat(Units.split("Đại diện lãnh đạo Ban, Văn phòng.")).containsExactly("Đại diện lãnh đạo Ban", "Văn phòng");
        assertThat(Units.split("Lãnh đạo Ban; Văn phòng.")).containsExactly("Lãnh đạo Ban", "Văn phòng");
        assertThat(Units.split("Trưởng, phó Khối và các thành viên trong khối"))
                .containsExactly("Trưởng", "phó Khối", "các thành viên trong khối");
        // Made up.
        assertThat(Units.split("Sở Nội vụ, Sở Tài chính và Kho bạc Nhà nước tỉnh"))
                .containsExactly("Sở Nội vụ", "Sở Tài chính", "Kho bạc Nhà nước tỉnh");
    }

    @Test
    void commonNounsBeforeOneQualifierAreOneUnit() {
        // Seed 003, 2.4., 4.5., 2.2.; seed 004.
        assertThat(Units.split("Văn phòng; cá nhân, nhóm tác giả.")).containsExactly("Văn phòng", "cá nhân, nhóm tác giả");
        assertThat(Units.split("Văn phòng, các cá nhân, tập thể có liên quan."))
                .containsExactly("Văn phòng", "các cá nhân, tập thể có liên quan");
        assertThat(Units.split("Văn phòng; các phòng, đơn vị thuộc Ban Quản lý; Công đoàn và Chi đoàn thanh niên."))
                .containsExactly("Văn phòng", "các phòng, đơn vị thuộc Ban Quản lý", "Công đoàn", "Chi đoàn thanh niên");
        assertThat(Units.split("Văn phòng Ban và các đơn vị, cụm thi đua thuộc Khối."))
                .containsExactly("Văn phòng Ban", "các đơn vị, cụm thi đua thuộc Khối");
        // Made up: the nouns that go on a plural.
        assertThat(Units.split("UBND các huyện, thị xã, thành phố; Sở Y tế"))
                .containsExactly("UBND các huyện, thị xã, thành phố", "Sở Y tế");
    }

    @Test
    void theNameOfTheFieldIsNeverParted() {
        // Seed 003, 4.1. and 4.2.
        assertThat(Units.split("Hội đồng thi đua, khen thưởng; các phòng, đơn vị thuộc Ban Quản lý."))
                .containsExactly("Hội đồng thi đua, khen thưởng", "các phòng, đơn vị thuộc Ban Quản lý");
        assertThat(Units.split("Hội đồng thi đua, khen thưởng Ban Quản lý.")).containsExactly("Hội đồng thi đua, khen thưởng Ban Quản lý");
        // Made up.
        assertThat(Units.split("Hội đồng Thi đua, Khen thưởng huyện, Phòng Nội vụ"))
                .containsExactly("Hội đồng Thi đua, Khen thưởng huyện", "Phòng Nội vụ");
    }
}
