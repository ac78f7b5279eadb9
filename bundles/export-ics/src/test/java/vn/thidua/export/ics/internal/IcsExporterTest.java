package vn.thidua.export.ics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import vn.thidua.plan.Plan;
import vn.thidua.plan.TimingKind;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;

class IcsExporterTest {

    static final List<String> SEEDS = SeedText.SEEDS;

    static byte[] export(Plan plan) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IcsExporter().export(plan, out);
        return out.toByteArray();
    }

    static List<VEvent> events(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        return calendar.getComponents(Component.VEVENT).stream().map(c -> (VEvent) c).toList();
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void everyDatedTaskAndPhaseIsAnEventWithItsDates(String seed) throws Exception {
        Plan plan = Fixtures.plan(seed);
        List<VEvent> events = events(export(plan));
        long datedTasks = plan.tasks().stream()
                .filter(t -> t.timing() != null && t.timing().kind() != TimingKind.RELATIVE).count();
        long datedPhases = plan.phases().stream().filter(p -> p.period().kind() != TimingKind.RELATIVE).count();
        assertThat(events).hasSize((int) (datedTasks + datedPhases));
        Set<String> summaries = events.stream().map(e -> e.getSummary().getValue()).collect(Collectors.toSet());
        plan.tasks().stream().filter(t -> t.timing() != null && t.timing().kind() != TimingKind.RELATIVE)
                .forEach(t -> assertThat(summaries).anyMatch(s -> s.endsWith(t.content())));
        plan.phases().forEach(p -> assertThat(summaries).contains(p.name()));
        plan.tasks().stream().filter(t -> t.timing() != null && t.timing().kind() == TimingKind.DEADLINE).forEach(t -> {
            String day = t.timing().to().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            assertThat(events).anyMatch(e -> e.getSummary().getValue().endsWith(t.content())
                    && e.getStartDate().getValue().equals(day));
        });
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void uidsAreUniqueAndTheSamePlanGivesTheSameBytes(String seed) throws Exception {
        Plan plan = Fixtures.plan(seed);
        byte[] first = export(plan);
        List<VEvent> events = events(first);
        assertThat(events.stream().map(e -> e.getUid().getValue()).distinct()).hasSize(events.size());
        assertThat(events.stream().map(e -> e.getProperty(Property.DTSTAMP).getValue()).distinct()).hasSizeLessThanOrEqualTo(1);
        assertThat(new String(export(Fixtures.plan(seed)), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(first, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The campaign window is an event; a duty "hằng quý" one event that recurs every three months. */
    @Test
    void theCampaignWindowAndTheRecurringDutiesAreEvents() throws Exception {
        Plan plan = Fixtures.everyElement();
        byte[] ics = export(plan);
        List<VEvent> events = events(ics);
        // the window, and "Tổng hợp, báo cáo kết quả hằng quý"; "thường xuyên" and "05 ngày làm việc" set no day
        assertThat(events).hasSize(2);
        VEvent window = events.get(0);
        assertThat(window.getSummary().getValue()).isEqualTo(plan.summary());
        assertThat(window.getStartDate().getValue()).isEqualTo("20251001");
        assertThat(window.getDescription().getValue()).endsWith("Kết thúc: " + plan.period().event());
        VEvent quarterly = events.get(1);
        assertThat(quarterly.getSummary().getValue()).isEqualTo("Sở Nội vụ: Tổng hợp, báo cáo kết quả hằng quý.");
        assertThat(quarterly.getProperty(Property.RRULE).getValue()).isEqualTo("FREQ=MONTHLY;INTERVAL=3");
        net.fortuna.ical4j.model.PeriodList dates = quarterly.calculateRecurrenceSet(new net.fortuna.ical4j.model.Period(
                new net.fortuna.ical4j.model.DateTime("20251001T000000Z"), new net.fortuna.ical4j.model.DateTime("20260930T000000Z")));
        assertThat(dates.stream().map(p -> p.getStart().toString().substring(0, 8)))
                .containsExactly("20251001", "20260101", "20260401", "20260701");
        assertThat(export(plan)).isEqualTo(ics);
    }

    @Test
    void aRecurringTimeWithinAYearlyPlanEndsWithItsYear() {
        assertThat(DatedItems.rrule(vn.thidua.plan.text.TimingParser.parse(null, "Hằng tháng", 2026), java.time.LocalDate.of(2026, 12, 31)))
                .isEqualTo("FREQ=MONTHLY;UNTIL=20261231");
        assertThat(DatedItems.rrule(vn.thidua.plan.text.TimingParser.parse(null, "định kỳ", 2026), null)).isNull();
    }

    @Test
    void theBlocPlanStampsItsIssueDateAndSpansQuarters() throws Exception {
        List<VEvent> events = events(export(Fixtures.plan("000_d3ad60d258665efa")));
        assertThat(events).hasSize(8);
        assertThat(events.get(0).getProperty(Property.DTSTAMP).getValue()).isEqualTo("20180316T000000Z");
        // "Quý II" of 2018: April to June.
        assertThat(events.get(0).getStartDate().getValue()).isEqualTo("20180401");
        assertThat(events.get(0).getEndDate().getValue()).isEqualTo("20180701");
        // "Từ ngày 15 đến 25/12/2018".
        assertThat(events.get(4).getStartDate().getValue()).isEqualTo("20181215");
        assertThat(events.get(4).getEndDate().getValue()).isEqualTo("20181226");
    }
}
