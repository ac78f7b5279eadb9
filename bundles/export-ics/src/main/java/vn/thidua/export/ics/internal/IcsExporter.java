package vn.thidua.export.ics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.osgi.service.component.annotations.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Date;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

import vn.thidua.export.DocumentExporter;
import vn.thidua.plan.Plan;

/**
 * The dated tasks, duties and phases of a plan and its campaign window as an iCalendar file (RFC 5545, via ical4j), so that staff
 * can subscribe to its deadlines: one all-day event each (a recurring task one event with its RRULE), with a UID that stays the same from one
 * export to the next and a DTSTAMP fixed to the plan's issue date (1 January of its year when the
 * date is incomplete), so the same plan gives the same bytes.
 */
@Component(service = DocumentExporter.class, property = DocumentExporter.FORMAT_PROPERTY + "=ics")
public final class IcsExporter implements DocumentExporter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public String format() {
        return "ics";
    }

    @Override
    public String mediaType() {
        return "text/calendar; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "ics";
    }

    @Override
    public void export(Plan plan, OutputStream out) throws IOException {
        try {
            Calendar calendar = calendar(plan);
            // The outputter closes its writer; the caller's stream must stay open.
            StringWriter writer = new StringWriter();
            new CalendarOutputter(true).output(calendar, writer);
            out.write(writer.toString().getBytes(StandardCharsets.UTF_8));
        } catch (ParseException | ValidationException e) {
            throw new IOException("The plan's calendar is not valid iCalendar: " + e.getMessage(), e);
        }
    }

    static Calendar calendar(Plan plan) throws ParseException {
        Calendar calendar = new Calendar();
        calendar.getProperties().add(new ProdId("-//Thi Đua Platform//Kế hoạch thi đua//VI"));
        calendar.getProperties().add(Version.VERSION_2_0);
        calendar.getProperties().add(CalScale.GREGORIAN);
        calendar.getProperties().add(new XProperty("X-WR-CALNAME", plan.documentType() + " " + plan.summary()));
        DateTime stamp = new DateTime(issued(plan).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
        stamp.setUtc(true);
        for (DatedItems.Item item : DatedItems.of(plan)) {
            // Not initialised: a new VEvent would stamp itself with the current time.
            VEvent event = new VEvent(false);
            event.getProperties().add(new Uid(item.uid()));
            event.getProperties().add(new DtStamp(stamp));
            event.getProperties().add(new DtStart(new Date(item.first().format(DAY))));
            // DTEND of an all-day event is the day after the last one.
            event.getProperties().add(new DtEnd(new Date(item.last().plusDays(1).format(DAY))));
            event.getProperties().add(new Summary(item.summary()));
            event.getProperties().add(new Description(item.description()));
            if (item.rrule() != null) {
                event.getProperties().add(new RRule(new Recur(item.rrule())));
            }
            calendar.getComponents().add(event);
        }
        return calendar;
    }

    private static LocalDate issued(Plan plan) {
        return (plan.dateLine() == null ? java.util.Optional.<LocalDate>empty() : plan.dateLine().date().toLocalDate())
                .orElse(LocalDate.of(plan.year(), 1, 1));
    }
}
