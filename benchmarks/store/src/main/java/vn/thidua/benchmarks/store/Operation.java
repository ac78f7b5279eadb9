package vn.thidua.benchmarks.store;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToLongFunction;

import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.TaskQuery;

/** A read the benchmark times: its name in the table and the call, which returns how many rows match. */
record Operation(String name, IntToLongFunction call) {

    static final int PAGE = 50;

    /** The reads of the issue: listing, filters, search with and without diacritics, tasks by deadline, one plan. */
    static List<Operation> all(PlanRepository store, List<String> ids) {
        return List.of(
                list("list, no filter, first page", store, new PlanQuery(null, null, null, null, false, 0, PAGE)),
                list("list, no filter, offset 5 000", store, new PlanQuery(null, null, null, null, false, 5_000, PAGE)),
                list("list, province + year (gia-lai, 2023)", store, new PlanQuery("gia-lai", 2023, null, null, false, 0, PAGE)),
                list("list, status DRAFT", store, new PlanQuery(null, null, PlanStatus.DRAFT, null, false, 0, PAGE)),
                list("search `ke hoach`", store, new PlanQuery(null, null, null, "ke hoach", false, 0, PAGE)),
                list("search `kế hoạch`", store, new PlanQuery(null, null, null, "kế hoạch", false, 0, PAGE)),
                list("search `" + PlanVariants.RARE_WORD + "` (rare)", store,
                        new PlanQuery(null, null, null, PlanVariants.RARE_WORD, false, 0, PAGE)),
                new Operation("tasks due by 2020-12-31", i -> store.tasks(
                        new TaskQuery(null, LocalDate.of(2020, 12, 31), null, null, 0, PAGE)).total()),
                new Operation("find(id), a random plan", i -> {
                    String id = ids.get(new SplittableRandom(i).nextInt(ids.size()));
                    return store.find(id).map(plan -> 1L).orElseThrow();
                }));
    }

    private static Operation list(String name, PlanRepository store, PlanQuery query) {
        return new Operation(name, i -> store.list(query).total());
    }
}
