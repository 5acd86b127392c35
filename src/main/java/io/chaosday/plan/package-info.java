/** The Chaos Day's plan: its definition, phases, steps and the schedule worked back from the day. Pure: no I/O, no YAML. */
package io.chaosday.plan;
