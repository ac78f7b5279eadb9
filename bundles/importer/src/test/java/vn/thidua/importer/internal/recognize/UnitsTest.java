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

    @Test
    void aPluralGoesOnOverTheNounsAfterItWithoutOneThreeNounsAreThreeUnits() {
        // Seed 001, III.2 (the request's units) and III.3 after its note.
        assertThat(Units.split("các cơ quan, đơn vị, doanh nghiệp trong các KCN"))
                .containsExactly("các cơ quan, đơn vị, doanh nghiệp trong các KCN");
        assertThat(Units.split("đơn vị, chủ doanh nghiệp, người lao động trong các KCN"))
                .containsExactly("đơn vị", "chủ doanh nghiệp", "người lao động trong các KCN");
        // Made up: a pair without a plural stays one, four nouns without one are four.
        assertThat(Units.split("Sở Tài chính, tập thể, cá nhân có liên quan"))
                .containsExactly("Sở Tài chính", "tập thể, cá nhân có liên quan");
        assertThat(Units.split("Văn phòng, công chức, viên chức, người lao động, đoàn viên công đoàn"))
                .containsExactly("Văn phòng", "công chức", "viên chức", "người lao động", "đoàn viên công đoàn");
        assertThat(Units.split("UBND các xã, phường, thị trấn, hợp tác xã")).containsExactly("UBND các xã, phường, thị trấn, hợp tác xã");
    }

    @Test
    void aNoteInParenthesesClosesTheUnitItFollows() {
        // Seed 001, III.3.
        assertThat(Units.split("Lãnh đạo cơ quan, trưởng các phòng (đồng thời là Cụm trưởng các Cụm thi đua), đơn vị, "
                + "chủ doanh nghiệp, người lao động trong các KCN"))
                .containsExactly("Lãnh đạo cơ quan", "trưởng các phòng (đồng thời là Cụm trưởng các Cụm thi đua)", "đơn vị",
                        "chủ doanh nghiệp", "người lao động trong các KCN");
        // Made up: without the note the plural goes on; the note's own commas and "và" part nothing.
        assertThat(Units.split("Thủ trưởng các sở, ngành")).containsExactly("Thủ trưởng các sở, ngành");
        assertThat(Units.split("Thủ trưởng các sở (thành viên Hội đồng), ngành, địa phương"))
                .containsExactly("Thủ trưởng các sở (thành viên Hội đồng)", "ngành, địa phương");
        assertThat(Units.split("Chánh Văn phòng (Thường trực Hội đồng Thi đua - Khen thưởng, Tổ thư ký và Tổ giúp việc); Phòng Nội vụ"))
                .containsExactly("Chánh Văn phòng (Thường trực Hội đồng Thi đua - Khen thưởng, Tổ thư ký và Tổ giúp việc)", "Phòng Nội vụ");
    }

    @Test
    void aHeadOverAPluralGoesOnOverTheSecondPluralAfterVà() {
        // Seed 004, III.2.
        assertThat(Units.split("Người đại diện theo pháp luật của các doanh nghiệp đầu tư kinh doanh hạ tầng KCN và các doanh nghiệp "
                + "sản xuất kinh doanh thuộc Khối thi đua các doanh nghiệp tư nhân nằm trong các KCN tỉnh"))
                .containsExactly("Người đại diện theo pháp luật của các doanh nghiệp đầu tư kinh doanh hạ tầng KCN",
                        "Người đại diện theo pháp luật của các doanh nghiệp sản xuất kinh doanh thuộc Khối thi đua các doanh nghiệp "
                                + "tư nhân nằm trong các KCN tỉnh");
        // Made up: three plurals; a head over no plural, or a second part that is no plural, goes on over nothing.
        assertThat(Units.split("Người đứng đầu của các cơ quan hành chính và các đơn vị sự nghiệp và những hội đặc thù"))
                .containsExactly("Người đứng đầu của các cơ quan hành chính", "Người đứng đầu của các đơn vị sự nghiệp",
                        "Người đứng đầu của những hội đặc thù");
        assertThat(Units.split("Hội đồng sáng kiến của Ban Quản lý và các phòng chuyên môn"))
                .containsExactly("Hội đồng sáng kiến của Ban Quản lý", "các phòng chuyên môn");
        assertThat(Units.split("Giám đốc của các doanh nghiệp và người lao động"))
                .containsExactly("Giám đốc của các doanh nghiệp", "người lao động");
        assertThat(Units.split("Văn phòng Ban và các đơn vị, cá nhân liên quan")).containsExactly("Văn phòng Ban", "các đơn vị, cá nhân liên quan");
    }

    @Test
    void aUnitKeepsItsCapitalAndItsQualifierAsWritten() {
        // Seed 004, III.1; seed 003, V.1 (the plan model: "the units the heading names, each as written").
        assertThat(Units.split("Phòng Quản lý Doanh nghiệp thuộc Ban Quản lý các KCN tỉnh"))
                .containsExactly("Phòng Quản lý Doanh nghiệp thuộc Ban Quản lý các KCN tỉnh");
        assertThat(Units.split("Các phòng, đơn vị thuộc Ban Quản lý")).containsExactly("Các phòng, đơn vị thuộc Ban Quản lý");
        // Made up.
        assertThat(Units.split("Trung tâm Xúc tiến đầu tư trực thuộc Sở Tài chính; Các đơn vị sự nghiệp trong tỉnh"))
                .containsExactly("Trung tâm Xúc tiến đầu tư trực thuộc Sở Tài chính", "Các đơn vị sự nghiệp trong tỉnh");
    }

    @Test
    void anAgencyNamedByItsFieldsKeepsItsCommasAndVa() {
        // Names of departments as People's Committees' plans write them (made up lists).
        assertThat(Units.split("Sở Kế hoạch và Đầu tư")).containsExactly("Sở Kế hoạch và Đầu tư");
        assertThat(Units.split("Sở Văn hóa, Thể thao và Du lịch; Sở Nội vụ"))
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ");
        assertThat(Units.split("Sở Lao động - Thương binh và Xã hội, Sở Y tế và Công an tỉnh"))
                .containsExactly("Sở Lao động - Thương binh và Xã hội", "Sở Y tế", "Công an tỉnh");
        assertThat(Units.split("Sở Giáo dục và Đào tạo, Sở Nông nghiệp và Môi trường, Báo Gia Lai"))
                .containsExactly("Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Báo Gia Lai");
        assertThat(Units.split("Ban Quản lý các Khu công nghiệp và Khu kinh tế và UBND Xã Tân Phú"))
                .containsExactly("Ban Quản lý các Khu công nghiệp và Khu kinh tế", "UBND Xã Tân Phú");
    }

    @Test
    void aCapitalisedUnitAfterAnAgencyIsAnotherUnit() {
        assertThat(Units.split("Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh và Xã Tân Phú"))
                .containsExactly("Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Xã Tân Phú");
        assertThat(Units.split("Sở Tài chính và các cơ quan, đơn vị liên quan"))
                .containsExactly("Sở Tài chính", "các cơ quan, đơn vị liên quan");
    }
}
