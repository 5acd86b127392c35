package io.chaosday.tracker;

/** An issue security level a project offers: who may see an issue that carries it. */
public record SecurityLevel(String id, String name) {
}
