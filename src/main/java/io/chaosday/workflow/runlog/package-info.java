/**
 * An experiment's run log as Jira keeps it: one comment per entry, each with a marker the tool
 * reads back; the runs a review shows are read from here. Below both the day's commands
 * ({@code workflow.day}) and publishing, so neither depends on the other.
 */
package io.chaosday.workflow.runlog;
