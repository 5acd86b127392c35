package io.chaosday.export;

import io.chaosday.plan.ChaosDayPlan;
import java.time.LocalDate;

/** Turns a plan into one offline format. {@code today} is passed in so output is reproducible. */
public interface PlanRenderer {

    String render(ChaosDayPlan plan, LocalDate today);
}
