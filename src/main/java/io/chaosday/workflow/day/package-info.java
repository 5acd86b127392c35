/**
 * The Chaos Day itself: whether it is ready to go, the run log the Agents of Chaos keep on each
 * experiment's ticket, which experiments are running, and the figures a review takes from the log.
 */
package io.chaosday.workflow.day;
