package vn.thidua.plan.internal;

import java.io.InputStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanCodec;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.text.ReadingOrder;

/** The plan codec as an OSGi service. */
@Component(service = PlanCodec.class)
public final class PlanCodecComponent implements PlanCodec {

    private final PlanJson json;

    @Activate
    public PlanCodecComponent() {
        this.json = new PlanJson();
    }

    @Override
    public Plan read(InputStream in) {
        return json.read(in);
    }

    @Override
    public Plan read(String text) {
        return json.read(text);
    }

    @Override
    public String write(Plan plan) {
        return json.write(plan);
    }

    @Override
    public String readingOrder(Plan plan) {
        return ReadingOrder.render(plan);
    }

    @Override
    public String schema() {
        return json.schema();
    }
}
