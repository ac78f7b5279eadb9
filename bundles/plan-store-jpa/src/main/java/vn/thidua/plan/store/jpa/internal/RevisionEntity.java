package vn.thidua.plan.store.jpa.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.RevisionAction;

/** A row of {@code plan_revision}: one save of a plan, with the plan as it was after it. */
@Entity(name = "Revision")
@Table(name = "plan_revision")
@IdClass(PartKey.class)
public final class RevisionEntity {

    @Id
    @Column(name = "plan_id")
    String planId;

    /** The plan's version after this save. */
    @Id
    @Column(name = "version")
    long part;

    @Enumerated(EnumType.STRING)
    @Column(name = "action")
    RevisionAction action;

    @Column(name = "changed_at")
    Instant at;

    @Column(name = "changed_by")
    String by;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    PlanStatus status;

    @Column(name = "rule_pack_id")
    String rulePackId;

    @Column(name = "body")
    String body;

    RevisionEntity() {
        // for JPA; final and never lazy: Hibernate makes no proxy class, which OSGi class loading would refuse
    }

    RevisionEntity(PlanEntity plan, RevisionAction action) {
        this.planId = plan.id;
        this.part = plan.version;
        this.action = action;
        this.at = plan.updatedAt;
        this.by = plan.updatedBy;
        this.status = plan.status;
        this.rulePackId = plan.rulePackId;
        this.body = plan.body;
    }
}
