package vn.thidua.rest.internal.resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

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

/**
 * Health check: 200 when the store and the rule packs answer, 503 when one does not. Anonymous
 * callers get only {@code {"status":"UP"}} or {@code DOWN}; an authenticated caller (any role)
 * also gets the database, the packs in force and the problems. Nothing here waits on the
 * database for long: the store answers from what it read at its start, after one cheap
 * {@code isValid} on a pooled connection, and that probe is made at most once per
 * {@value #PROBE_MILLIS} ms whoever asks (concurrent callers get the last answer), so a flood of
 * health checks holds at most one connection of the pool.
 */
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

    /** What anonymous callers get: up or down, nothing else. */
    public record Status(String status) {
    }

    static final long PROBE_MILLIS = 1000;

    /** The last probe of a store: what it answered, or that it failed, and when. */
    private record Probe(PlanRepository store, long atNanos, Database database) {
    }

    private final Services services;
    private final VietnamClock clock;
    private final AtomicReference<Probe> lastProbe = new AtomicReference<>();
    private final AtomicBoolean probing = new AtomicBoolean();

    public HealthResource(Services services, VietnamClock clock) {
        this.services = services;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Whether the platform is up (no credentials needed); with credentials, also the database and the packs in force today")
    public Response health(@Context SecurityContext caller) {
        List<String> problems = new ArrayList<>();
        Database database = null;
        Optional<PlanRepository> plans = services.plansIfPresent();
        if (plans.isEmpty()) {
            problems.add("the plan store is not running");
        } else {
            database = database(plans.get());
            if (database == null) {
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
        String status = problems.isEmpty() ? "UP" : "DOWN";
        boolean known = caller != null && caller.getUserPrincipal() != null;
        Object entity = known ? new Health(status, database, packs, problems) : new Status(status);
        return Response.status(problems.isEmpty() ? 200 : 503).entity(entity).build();
    }

    /**
     * The store's database as last probed. A probe older than a second is made again by one caller,
     * while the others get the last answer; a store not probed yet is probed by whoever asks.
     */
    private Database database(PlanRepository store) {
        Probe last = lastProbe.get();
        boolean known = last != null && last.store == store;
        if (known && (System.nanoTime() - last.atNanos < PROBE_MILLIS * 1_000_000 || !probing.compareAndSet(false, true))) {
            return last.database;
        }
        try {
            Database database;
            try {
                StoreInfo info = store.info();
                database = new Database(info.database(), info.schemaVersion());
            } catch (RuntimeException e) {
                database = null;
            }
            lastProbe.set(new Probe(store, System.nanoTime(), database));
            return database;
        } finally {
            if (known) {
                probing.set(false);
            }
        }
    }
}
