package vn.thidua.rest.internal.resource;

import java.time.LocalDate;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.province.ProvinceUnit;
import vn.thidua.rest.internal.http.Params;
import vn.thidua.rest.internal.security.Role;

/**
 * The province-level units and their lineage (Nghị quyết 202/2025/QH15): which exist on a date, and for one
 * code its periods, predecessors and successor. Read-only data shipped with the platform.
 */
@Path("provinces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "provinces")
public final class ProvincesResource {

    private final ProvinceLineage provinces = ProvinceLineage.standard();

    /** One period of a unit as the API shows it. */
    public record UnitView(String code, String name, String fullName, String kind, LocalDate from, LocalDate to,
            List<String> predecessors, String successor, List<String> sources) {
    }

    /** A code's periods and the codes it absorbed, transitively. */
    public record LineageView(String code, List<UnitView> periods, List<String> lineage) {
    }

    @GET
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "The province-level units in force on a date (all records when no date)")
    public List<UnitView> list(@Parameter(description = "YYYY-MM-DD") @QueryParam("date") String date) {
        LocalDate day = Params.optionalDate("date", date);
        List<ProvinceUnit> units = day == null ? provinces.units() : provinces.inForceOn(day);
        return units.stream().map(this::view).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER)
    @Operation(summary = "One code's periods, predecessors and successor; an unknown code gets the closest known ones")
    public LineageView detail(@PathParam("code") String code) {
        provinces.requireKnown(code);
        return new LineageView(code, provinces.periods(code).stream().map(this::view).toList(),
                List.copyOf(provinces.lineage(code)));
    }

    private UnitView view(ProvinceUnit unit) {
        return new UnitView(unit.code(), unit.name(), unit.fullName(), unit.kind().name().toLowerCase(java.util.Locale.ROOT),
                unit.from(), unit.to(), unit.predecessors(), provinces.successor(unit).map(ProvinceUnit::code).orElse(null),
                unit.sources());
    }
}
