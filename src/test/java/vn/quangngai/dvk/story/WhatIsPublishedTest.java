package vn.quangngai.dvk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

/** Nothing is published other than what was written: each silent change is an error or a warning at its line. */
class WhatIsPublishedTest {

    private static Registry registry;
    private Problems problems;

    @BeforeAll
    static void readProjectRegistry() {
        Problems problems = new Problems();
        registry = new RegistryReader(TestSite.PROJECT, problems).read();
        assertThat(problems.list()).isEmpty();
    }

    private Story read(String text) {
        problems = new Problems();
        return new EntryReader(registry, problems).readStory(text, "content/mo-hinh/a.md", "a");
    }

    private static String story(String title, String summary, String extra, String body) {
        return "---\ntitle: " + title + "\ndate: 2023-06-30\nagency: so-y-te\nfields: [y-te]\nsummary: " + summary + "\n"
                + extra + "---\n" + body;
    }

    private List<Problem> errors() {
        return problems.list().stream().filter(Problem::isError).toList();
    }

    private List<Problem> warnings() {
        return problems.list().stream().filter(p -> !p.isError()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-06-31", "31/06/2023", "29/02/2023"})
    void anImpossibleDayIsAnErrorNotTheLastDayOfTheMonth(String date) {
        Story story = read("---\ntitle: A\ndate: " + date + "\nagency: so-y-te\nfields: [y-te]\nsummary: S.\n---\nNội dung.\n");
        assertThat(story).isNull();
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/mo-hinh/a.md");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("date");
            assertThat(p.message()).contains(date).contains("không có ngày này");
            assertThat(p.hint()).contains("date: 2026-11-25");
        });
        assertThat(read("---\ntitle: A\ndate: 29/02/2024\nagency: so-y-te\nfields: [y-te]\nsummary: S.\n---\nNội dung.\n").date())
                .as("a leap day is a day").hasToString("2024-02-29");
    }

    @ParameterizedTest
    @ValueSource(strings = {"“4 xin, 4 luôn”", "‘4 xin, 4 luôn’", "«4 xin, 4 luôn»", "'\"4 xin, 4 luôn\"'"})
    void aTitleWrappedWholeInQuotesIsAnErrorThatShowsTheLineToWrite(String title) {
        assertThat(read(story(title, "S.", "", "Nội dung.\n"))).isNull();
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.message()).contains("nằm trọn trong dấu");
            assertThat(p.hint()).contains("title: \"4 xin, 4 luôn\"");
        });
        Story quotedInside = read(story("Mô hình “4 xin, 4 luôn” ở Mộ Đức", "“Xin chào” và “cảm ơn” mỗi ngày.", "", "Nội dung.\n"));
        assertThat(problems.list()).isEmpty();
        assertThat(quotedInside.title()).as("quotes around a part are the writer's").isEqualTo("Mô hình “4 xin, 4 luôn” ở Mộ Đức");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cán bộ tận tình với dân.\"", "Cán bộ tận tình với dân.”"})
    void aValueEndingInAQuoteThatWasNeverOpenedIsAnError(String summary) {
        assertThat(read(story("A", summary, "", "Nội dung.\n"))).isNull();
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.field()).isEqualTo("summary");
            assertThat(p.message()).contains("không có dấu mở");
            assertThat(p.hint()).contains("summary: \"Cán bộ tận tình với dân.\"");
        });
    }

    @Test
    void aPrivateUseCharacterAnywhereIsAnErrorAtItsLineAndColumn() {
        assertThat(read(story("A\uE000", "S.", "", "Nội dung.\n\n\uF0B7\tMột\n"))).isNull();
        assertThat(errors()).extracting(Problem::line, Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 9), org.assertj.core.groups.Tuple.tuple(10, 1));
        assertThat(errors().get(1).message()).contains("U+F0B7").contains("ô vuông");
    }

    @Test
    void aPrivateUseCharacterOfPlaneSixteenIsAnErrorToo() {
        assertThat(read(story("A", "S.", "", "Nội dung \uDBFF\uDFFD.\n"))).isNull();
        assertThat(errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("U+10FFFD"));
    }

    @Test
    void wordBulletsWarnAtTheirLineWithTheMarkdownToWrite() {
        Story story = read(story("A", "S.", "", "Các bước:\n\n•\tXin chào.\n◦ Xin lỗi.\n▪\tXin phép.\n\n-\tMột mục.\n- Đúng rồi.\n"));
        assertThat(story).isNotNull();
        assertThat(warnings()).as("a dash and a Tab is a list item to Flexmark").extracting(Problem::line).containsExactly(10, 11, 12);
        assertThat(warnings()).extracting(Problem::hint).containsExactly("Viết: - Xin chào.", "Viết: - Xin lỗi.", "Viết: - Xin phép.");
    }

    @Test
    void codeBlocksInAStoryWarnAtTheirLine() {
        read(story("A", "S.", "", "Đoạn một.\n\n\tĐoạn thụt bằng Tab.\n\n```\nmã\n```\n\n- mục\n\n    tiếp mục\n"));
        assertThat(warnings()).extracting(Problem::line).containsExactly(10, 12);
        assertThat(warnings().get(0).message()).contains("khối mã").contains("Tab");
        assertThat(warnings().get(0).hint()).endsWith("Đoạn thụt bằng Tab.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"published: false", "hidden: true", "Draft: true", "trang-thai: nhap", "Status: draft",
            "an: true", "nhap: true", "ghi-chu: Bản nháp", "visible: false"})
    void aPublicationStateTheToolDoesNotKnowIsAnErrorNamingDraft(String line) {
        assertThat(read(story("A", "S.", line + "\n", "Nội dung.\n"))).isNull();
        String key = line.substring(0, line.indexOf(':'));
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.field()).isEqualTo(key);
            assertThat(p.message()).contains("sẽ vẫn được xuất bản");
            assertThat(p.hint()).contains("draft: true");
        });
        assertThat(read(story("A", "S.", "tac-gia: Phòng Nội vụ\n", "Nội dung.\n"))).isNotNull();
        assertThat(problems.list()).as("an ordinary unknown key is still a warning").singleElement()
                .satisfies(p -> assertThat(p.isError()).isFalse());
    }

    @Test
    void aTitleMissingItsClosingQuoteIsReportedOnItsOwnLine() {
        String text = "---\ntitle: \"4 xin, 4 luôn\ndate: 2023-06-30\nagency: so-y-te\nfields: [y-te]\nsummary: \"S.\"\n---\nNội dung.\n";
        assertThat(read(text)).isNull();
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(8);
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.message()).contains("không đóng lại");
            assertThat(p.hint()).contains("Thêm dấu \"");
        });
    }

    @Test
    void aSummaryMissingItsClosingQuoteIsReportedOnItsOwnLine() {
        String text = story("A", "\"Cán bộ tận tình.", "image_alt: \"x\"\n", "Nội dung.\n");
        assertThat(read(text)).isNull();
        assertThat(errors()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(6));
        Story goesOn = read(story("A", "\"Cán bộ\n  tận tình.\"", "", "Nội dung.\n"));
        assertThat(problems.list()).as("a quoted value may go on to an indented line").isEmpty();
        assertThat(goesOn.summary()).isEqualTo("Cán bộ tận tình.");
    }

    @Test
    void aTabIsNamedWithItsLineAndColumn() {
        assertThat(read(story("A", "S.", "figures:\n  - value: \"1\"\n\t label: hồ sơ\n", "Nội dung.\n"))).isNull();
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("ký tự Tab");
            assertThat(p.hint()).contains("dấu cách");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u2007", "\u202F", "\u200B", "\uFEFF"})
    void anInvisibleSpaceAfterAKeyIsNamedWithItsColumn(String space) {
        assertThat(read(story("A", "S.", "image_alt:" + space + "Ảnh\n", "Nội dung.\n"))).isNull();
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(11);
            assertThat(p.message()).contains(String.format("U+%04X", (int) space.charAt(0)));
        });
    }

    @Test
    void anInvisibleSpaceAtTheStartOfALineIsNamedWithItsColumn() {
        assertThat(read(story("A", "S.", " \u00A0image_alt: Ảnh\n", "Nội dung.\n"))).isNull();
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).contains("NBSP");
        });
    }

    @Test
    void aQuoteInsideAQuotedValueIsNamedWhereItEndsTheValue() {
        assertThat(read(story("\"Mô hình \"4 xin\" ở Mộ Đức\"", "S.", "", "Nội dung.\n"))).isNull();
        assertThat(errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(17);
            assertThat(p.hint()).contains("“…”");
        });
    }

}
