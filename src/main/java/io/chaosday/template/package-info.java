/**
 * The one Velocity set-up, shared by the review pages and the plan's HTML timeline: every value
 * escaped unless it is a storage fragment, no includes, a missing property an error.
 */
package io.chaosday.template;
