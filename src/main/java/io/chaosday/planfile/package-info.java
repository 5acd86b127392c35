/** Reads a YAML plan file into the plan's terms, with a line number for every problem and limits on what YAML may grow into. */
package io.chaosday.planfile;
