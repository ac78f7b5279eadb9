package vn.thidua.plan.store.jpa.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.StoredPlan;

/** A row of {@code plan}: the plan's current state, its body as canonical JSON and the columns listings filter on. */
@Entity(name = "Plan")
@Table(name = "plan")
public final class PlanEntity {

    @Id
    @Column(name = "id")
    String id;

    /** Checked by every update ({@code where version = ?}), so two writers cannot both win. */
    @Version
    @Column(name = "version")
    long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    PlanStatus status;

    @Column(name = "province_code")
    String provinceCode;

    @Column(name = "plan_year")
    int year;

    @Column(name = "doc_number")
    String number;

    /** The letterhead's {@code issuer.kind} (BOARD, PEOPLES_COMMITTEE, ...), for listings by issuer. */
    @Enumerated(EnumType.STRING)
    @Column(name = "issuer_kind")
    IssuerKind issuerKind;

    @Column(name = "title")
    String title;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "body")
    String body;

    @Column(name = "rule_pack_id")
    String rulePackId;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by")
    String updatedBy;

    @Column(name = "deleted_at")
    Instant deletedAt;

    PlanEntity() {
        // for JPA; final and never lazy: Hibernate makes no proxy class, which OSGi class loading would refuse
    }

    PlanEntity(String id) {
        this.id = id;
    }

    /** The row as the API returns it, with its body already read. */
    StoredPlan stored(Plan plan) {
        return new StoredPlan(id, version, status, plan, rulePackId, createdAt, createdBy, updatedAt, updatedBy, deletedAt);
    }
}
