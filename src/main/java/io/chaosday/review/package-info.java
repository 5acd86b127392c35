/**
 * The post-incident review of a Chaos Day: experiments, reviews, improvements and the lessons
 * roll-up, plus the review ticket's template and its reader. Pure: no I/O.
 *
 * <p>Pages for Confluence are rendered by {@code io.chaosday.review.confluence}; storage-format
 * safety (escaping, sanitising) lives in {@code io.chaosday.review.storage}. Three pieces here are
 * shared by every layer above: the one escaper ({@code review.storage.StorageEscaper}), the one
 * Velocity set-up ({@code review.template.Templates}) and the rules for addresses
 * ({@code review.link.Urls}).
 */
package io.chaosday.review;
