package vn.thidua.rest.internal.resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.StoreInfo;
import vn.thidua.plan.time.VietnamClock;
import vn.thidua.rest.internal.Services;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;

/** Anonymous health check: 200 when the store and the rule packs answer, 503 when one does not. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
public final class HealthResource {

    /** What the check found. {@code database} is null when the store is down; its URL is not shown to anonymous callers. */
    public record Health(String status, Database database, List<PackInForce> packsInForce, List<String> problems) {
    }

    /** What the store read of its database when it started; given while a connection proves it answers. */
    public record Database(String product, String schemaVersion) {
    }

    public record PackInForce(String province, String id, String version) {
    }

    private final Services services;
    private final VietnamClock clock;

    public HealthResource(Services services, VietnamClock clock) {
        this.services = services;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Whether the platform is up: the database and the packs in force today (no credentials needed)")
    public Response health() {
        List<String> problems = new ArrayList<>();
        Database database = null;
        Optional<PlanRepository> plans = services.plansIfPresent();
        if (plans.isEmpty()) {
            problems.add("the plan store is not running");
        } else {
            try {
                StoreInfo info = plans.get().info();
                database = new Database(info.database(), info.schemaVersion());
            } catch (RuntimeException e) {
                problems.add("the database does not answer");
            }
        }
        List<PackInForce> packs = new ArrayList<>();
        Optional<RulePackRegistry> rules = services.rulesIfPresent();
        if (rules.isEmpty()) {
            problems.add("the rule packs are not running");
        } else {
            LocalDate today = clock.today();
            TreeSet<String> provinces = new TreeSet<>();
            for (RulePackInfo info : rules.get().packs()) {
                provinces.add(info.provinceCode());
            }
            for (String province : provinces) {
                rules.get().inForce(province, today).map(RulePack::info)
                        .ifPresent(info -> packs.add(new PackInForce(province, info.id(), info.version())));
            }
        }
        Health health = new Health(problems.isEmpty() ? "UP" : "DOWN", database, packs, problems);
        return Response.status(problems.isEmpty() ? 200 : 503).entity(health).build();
    }
}
