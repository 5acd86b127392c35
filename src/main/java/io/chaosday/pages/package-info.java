/**
 * The Confluence pages of a Chaos Day's reviews and lessons, rendered from the review through the
 * Velocity templates ({@code io.chaosday.template}) in Confluence's storage format
 * ({@code io.chaosday.storage}), linking to Jira through {@code io.chaosday.site}.
 */
package io.chaosday.pages;
