/**
 * The Chaos Day itself: whether it is ready to go, starting, logging, stopping and halting
 * experiments on their tickets, and which experiments are running. The log's format and reading
 * live in {@code workflow.runlog}.
 */
package io.chaosday.workflow.day;
